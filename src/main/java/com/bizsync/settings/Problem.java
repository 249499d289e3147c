package com.bizsync.settings;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import java.util.Optional;

/** A validation failure as a message key and its arguments: shown as text, or thrown as a {@link UserError}. */
record Problem(String key, Object... args) {

    static Optional<Problem> of(String key, Object... args) {
        return Optional.of(new Problem(key, args));
    }

    String message() {
        return Messages.get(key, args);
    }

    UserError error() {
        return new UserError(key, args);
    }

    /** Throws the first problem found, if any: nothing invalid is ever stored. */
    static void require(Optional<Problem> problem) {
        if (problem.isPresent()) {
            throw problem.get().error();
        }
    }
}
