package com.bizsync.platform;

/**
 * What one instance changed in a store others share, so they forget what they keep in memory of
 * it: everything of a customer (publications, users, grants, sessions), or one session.
 */
public record StoreChange(Kind kind, String key) {
    public enum Kind { CUSTOMER, TOKEN, DEVICE_SESSION }

    static StoreChange customer(String code) {
        return new StoreChange(Kind.CUSTOMER, code);
    }

    /** The text sent through the database: kind, colon, key (codes and hashes hold no colon). */
    String payload() {
        return kind.name() + ":" + key;
    }

    /** @return the change a payload stands for, or null for a payload of another version */
    static StoreChange parse(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new StoreChange(Kind.valueOf(payload.substring(0, colon)), payload.substring(colon + 1));
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
    }
}
