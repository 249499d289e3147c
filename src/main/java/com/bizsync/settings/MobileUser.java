package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.util.Map;
import java.util.Set;

/**
 * A dashboard user. Only a bcrypt hash of the password is ever stored (and sent to the
 * platform, which verifies sign-ins against it). Grants map a company or family code to the
 * views this user may see there.
 */
public record MobileUser(String login, String name, String passwordHash, Map<String, Set<ViewId>> grants) {
    public MobileUser {
        grants = Map.copyOf(grants);
    }
}
