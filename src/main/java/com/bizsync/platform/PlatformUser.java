package com.bizsync.platform;

import com.bizsync.views.ViewId;
import java.util.Map;
import java.util.Set;

/** A mobile user as the publisher sent it: bcrypt hash and, per company code, the granted views. */
public record PlatformUser(String login, String name, String passwordHash, Map<String, Set<ViewId>> grants) {
    public PlatformUser {
        grants = Map.copyOf(grants);
    }
}
