package com.bizsync.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps in memory what every mobile read asks for (the token's session, the user and grants, the
 * publication) in front of any {@link PlatformStorage}; each write through it forgets what it
 * changed. The writes of other instances sharing the store (PostgreSQL) are heard through the
 * store's {@link StoreChanges} and forgotten the same way; while that feed is cut, nothing is
 * served from memory, since a change may go unheard.
 */
final class CachingPlatformStorage implements PlatformStorage {
    private final PlatformStorage store;
    private final GuardedCache<String, MobileSession> sessions = new GuardedCache<>(100_000);
    private final GuardedCache<String, MobileSession> deviceSessions = new GuardedCache<>(100_000);
    private final GuardedCache<UserKey, PlatformUser> users = new GuardedCache<>(20_000);
    private final GuardedCache<CompanyKey, StoredPublication> publications = new GuardedCache<>(2_000);

    private record UserKey(String customer, String login) {
    }

    private record CompanyKey(String customer, String company) {
    }

    private final StoreChanges changes;

    CachingPlatformStorage(PlatformStorage store, StoreChanges changes) {
        this.store = store;
        this.changes = changes;
        changes.subscribe(new StoreChanges.Listener() {
            @Override
            public void changed(StoreChange change) {
                switch (change.kind()) {
                    case CUSTOMER -> forgetCustomer(change.key());
                    case TOKEN -> sessions.invalidate(change.key());
                    case DEVICE_SESSION -> deviceSessions.invalidate(change.key());
                }
            }

            @Override
            public void everythingMayHaveChanged() {
                publications.invalidateIf(e -> true);
                users.invalidateIf(e -> true);
                sessions.invalidateIf(e -> true);
                deviceSessions.invalidateIf(e -> true);
            }
        });
    }

    private void forgetCustomer(String customer) {
        publications.invalidateIf(e -> e.getKey().customer().equals(customer));
        users.invalidateIf(e -> e.getKey().customer().equals(customer));
        sessions.invalidateIf(e -> e.getValue().customer().equals(customer));
        deviceSessions.invalidateIf(e -> e.getValue().customer().equals(customer));
    }

    @Override
    public boolean addCustomer(String code, String name, String passwordHash) {
        return store.addCustomer(code, name, passwordHash);
    }

    @Override
    public Optional<Customer> customer(String code) {
        return store.customer(code);
    }

    @Override
    public List<Customer> customers() {
        return store.customers();
    }

    @Override
    public boolean setCustomerPassword(String code, String passwordHash) {
        return store.setCustomerPassword(code, passwordHash);
    }

    @Override
    public void putPublication(String customer, StoredPublication publication) {
        store.putPublication(customer, publication);
        publications.invalidate(new CompanyKey(customer, publication.company()));
    }

    @Override
    public Optional<StoredPublication> publication(String customer, String company) {
        if (!changes.live()) {
            return store.publication(customer, company);
        }
        return publications.get(new CompanyKey(customer, company), k -> store.publication(customer, company));
    }

    @Override
    public List<StoredPublication> publicationHeaders(String customer) {
        return store.publicationHeaders(customer);
    }

    @Override
    public void deletePublication(String customer, String company) {
        store.deletePublication(customer, company);
        publications.invalidate(new CompanyKey(customer, company));
    }

    @Override
    public void replaceUsers(String customer, List<PlatformUser> newUsers) {
        store.replaceUsers(customer, newUsers);
        // The store also deleted the tokens of removed users and of changed passwords, and the
        // device sessions of users who lost a company.
        users.invalidateIf(e -> e.getKey().customer().equals(customer));
        sessions.invalidateIf(e -> e.getValue().customer().equals(customer));
        deviceSessions.invalidateIf(e -> e.getValue().customer().equals(customer));
    }

    @Override
    public Optional<PlatformUser> user(String customer, String login) {
        if (!changes.live()) {
            return store.user(customer, login);
        }
        return users.get(new UserKey(customer, login), k -> store.user(customer, login));
    }

    @Override
    public void saveToken(String tokenHash, MobileSession session) {
        store.saveToken(tokenHash, session);
    }

    @Override
    public Optional<MobileSession> session(String tokenHash) {
        if (!changes.live()) {
            return store.session(tokenHash);
        }
        return sessions.get(tokenHash, store::session);
    }

    @Override
    public void deleteToken(String tokenHash) {
        store.deleteToken(tokenHash);
        sessions.invalidate(tokenHash);
    }

    @Override
    public void purgeTokensExpiredBefore(Instant instant) {
        store.purgeTokensExpiredBefore(instant);
        sessions.invalidateIf(e -> e.getValue().expiresAt().isBefore(instant));
    }

    // Throttling state is never cached: instances sharing the store must see each other's attempts.

    @Override
    public Optional<byte[]> throttleState(String key) {
        return store.throttleState(key);
    }

    @Override
    public boolean swapThrottleState(String key, byte[] expected, byte[] replacement, Instant forgetAfter) {
        return store.swapThrottleState(key, expected, replacement, forgetAfter);
    }

    @Override
    public void purgeThrottleStatesBefore(Instant instant) {
        store.purgeThrottleStatesBefore(instant);
    }

    @Override
    public void forgetThrottleState(String key) {
        store.forgetThrottleState(key);
    }

    @Override
    public void saveDeviceSession(String tokenHash, MobileSession session) {
        store.saveDeviceSession(tokenHash, session);
    }

    @Override
    public Optional<MobileSession> deviceSession(String tokenHash) {
        if (!changes.live()) {
            return store.deviceSession(tokenHash);
        }
        return deviceSessions.get(tokenHash, store::deviceSession);
    }

    @Override
    public void extendDeviceSession(String tokenHash, Instant expiresAt) {
        store.extendDeviceSession(tokenHash, expiresAt);
        deviceSessions.invalidate(tokenHash);
    }

    @Override
    public void deleteDeviceSession(String tokenHash) {
        store.deleteDeviceSession(tokenHash);
        deviceSessions.invalidate(tokenHash);
    }

    @Override
    public void purgeDeviceSessionsExpiredBefore(Instant instant) {
        store.purgeDeviceSessionsExpiredBefore(instant);
        deviceSessions.invalidateIf(e -> e.getValue().expiresAt().isBefore(instant));
    }

    @Override
    public void deleteCustomerData(String customer) {
        store.deleteCustomerData(customer);
        forgetCustomer(customer);
    }

    @Override
    public void close() {
        store.close();
    }
}
