package com.bizsync.ui.forms;

import com.bizsync.ui.common.Texts;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adapters from text fields to the settings rules: the rules themselves live once, in
 * {@link com.bizsync.settings.SettingsValidator}; here only the text-to-value conversions.
 */
final class Rules {
    private Rules() {
    }

    static Function<String, Optional<String>> none() {
        return text -> Optional.empty();
    }

    /** A port typed as digits (the field accepts nothing else); blank is "none". */
    static Integer portValue(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            // Over Integer range: an impossible port, which the validator refuses with its sentence.
            return -1;
        }
    }

    /** A new login must not replace an existing user (saving the same login would). */
    static Optional<String> loginTaken(boolean taken) {
        return taken ? Optional.of(Texts.t("rule.login.taken")) : Optional.empty();
    }
}
