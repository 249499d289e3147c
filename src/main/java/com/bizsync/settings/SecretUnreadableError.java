package com.bizsync.settings;

import com.bizsync.i18n.UserError;

/**
 * A stored password that this machine's key cannot decrypt: the settings were copied from
 * another machine, or the key file was lost or replaced. The message asks the user to enter
 * the password again; the console can still show the rest of the page from
 * {@link #settingsWithoutPassword(Class)}. Saving the page with the password repairs it.
 */
public final class SecretUnreadableError extends UserError {
    private static final long serialVersionUID = 1L;
    private final transient Record withoutPassword;

    SecretUnreadableError(String key, Record withoutPassword) {
        super(key);
        this.withoutPassword = withoutPassword;
    }

    /** The page as stored, with a blank password, e.g. {@code settingsWithoutPassword(PortalSettings.class)}. */
    public <T extends Record> T settingsWithoutPassword(Class<T> type) {
        return type.cast(withoutPassword);
    }
}
