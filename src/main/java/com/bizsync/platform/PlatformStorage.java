package com.bizsync.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the platform keeps. One interface so a PostgreSQL implementation can replace the
 * embedded SQLite one when one machine is not enough; callers never see SQL.
 */
public interface PlatformStorage extends AutoCloseable {

    /** @return false when the code is already taken */
    boolean addCustomer(String code, String name, String passwordHash);

    Optional<Customer> customer(String code);

    List<Customer> customers();

    /** @return false when there is no such customer */
    boolean setCustomerPassword(String code, String passwordHash);

    /** Replaces the company's snapshot in one transaction (readers see old or new, never none). */
    void putPublication(String customer, StoredPublication publication);

    Optional<StoredPublication> publication(String customer, String company);

    /** Every publication of the customer without the snapshot body (for listings). */
    List<StoredPublication> publicationHeaders(String customer);

    void deletePublication(String customer, String company);

    /**
     * Replaces all users and grants of the customer at once and deletes the tokens of users that
     * disappear or whose password hash changed; device sessions also go when their user loses a
     * company (a long-lived session must not outlive a withdrawn access).
     */
    void replaceUsers(String customer, List<PlatformUser> users);

    Optional<PlatformUser> user(String customer, String login);

    void saveToken(String tokenHash, MobileSession session);

    Optional<MobileSession> session(String tokenHash);

    void deleteToken(String tokenHash);

    /** Forgets tokens that expired before the given instant. */
    void purgeTokensExpiredBefore(Instant instant);

    /** The stored state of a sign-in throttling bucket (opaque bytes written by {@link #swapThrottleState}). */
    Optional<byte[]> throttleState(String key);

    /**
     * Replaces a throttling bucket's state only if it is still {@code expected} (null: no state
     * stored yet), so two instances updating the same bucket never lose an attempt.
     *
     * @param forgetAfter when the bucket is full again and the state may be purged
     * @return false when another writer changed the state first (the caller reads it again)
     */
    boolean swapThrottleState(String key, byte[] expected, byte[] replacement, Instant forgetAfter);

    /** Forgets the throttling states whose buckets are full again by the given instant. */
    void purgeThrottleStatesBefore(Instant instant);

    /** Forgets one throttling bucket (it starts full at the next attempt). */
    void forgetThrottleState(String key);

    /** A phone's long-lived session; like tokens, only the hash is stored. */
    void saveDeviceSession(String tokenHash, MobileSession session);

    Optional<MobileSession> deviceSession(String tokenHash);

    /** Pushes the expiry of a device session in use further away. */
    void extendDeviceSession(String tokenHash, Instant expiresAt);

    void deleteDeviceSession(String tokenHash);

    /** Forgets device sessions that expired before the given instant. */
    void purgeDeviceSessionsExpiredBefore(Instant instant);

    /** Removes every publication, user, grant, token and device session of the customer (the account stays). */
    void deleteCustomerData(String customer);

    @Override
    void close();
}
