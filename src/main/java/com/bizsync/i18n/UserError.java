package com.bizsync.i18n;

/**
 * A failure the user can act on. Its message is one sentence in the user's language, saying
 * what went wrong and what to do; it is what dialogs, the journal and the command line show.
 * Causes are kept for the technical log only.
 */
public class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    public UserError(String key, Object... args) {
        this(null, key, args);
    }

    public UserError(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    /** The sentence as key and arguments, to be read later in whatever language is current (the journal). */
    public Sentence sentence() {
        return Sentence.of(key, args);
    }

    @Override
    public String getMessage() {
        return Messages.get(key, args);
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }
}
