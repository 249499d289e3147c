package com.bizsync.settings;

import javax.crypto.SecretKey;

/**
 * Where the AES key that encrypts the stored passwords lives. Kept apart from the settings
 * file so that a copy of {@code settings.db} alone never reveals a password (docs/security.md).
 */
public interface SecretKeyStore {

    /**
     * The key of this installation, created on first use.
     *
     * @throws com.bizsync.i18n.UserError when the key exists but cannot be read or is damaged
     */
    SecretKey loadOrCreate();
}
