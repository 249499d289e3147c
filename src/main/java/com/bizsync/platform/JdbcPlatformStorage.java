package com.bizsync.platform;

import com.bizsync.views.ViewId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The platform's storage over JDBC: one set of statements for the embedded SQLite file and for
 * PostgreSQL, written in the SQL both understand (upserts with ON CONFLICT, ISO-8601 text
 * instants, epoch milliseconds as 64-bit integers). The subclasses only open the connections and
 * say how a consistent multi-statement read is begun.
 */
public abstract class JdbcPlatformStorage implements PlatformStorage {
    private final DataSource reads;
    private final DataSource writes;

    JdbcPlatformStorage(DataSource reads, DataSource writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** Connections that write, for the store copy (platform migrate-store). */
    DataSource writes() {
        return writes;
    }

    // ---- customers

    @Override
    public boolean addCustomer(String code, String name, String passwordHash) {
        // ON CONFLICT rather than check-then-insert: two instances adding the same code at once
        // get one true and one false, never a constraint error.
        return inTransaction(c -> update(c, """
                INSERT INTO customer (code, name, password_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""", code, name, passwordHash, Instant.now().toString()) == 1);
    }

    @Override
    public Optional<Customer> customer(String code) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT code, name, password_hash FROM customer WHERE code = ?")) {
                st.setString(1, code);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)))
                            : Optional.<Customer>empty();
                }
            }
        });
    }

    @Override
    public List<Customer> customers() {
        return read(c -> {
            List<Customer> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT code, name, password_hash FROM customer ORDER BY code");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Customer(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return all;
        });
    }

    @Override
    public boolean setCustomerPassword(String code, String passwordHash) {
        return inTransaction(c -> {
            announce(c, StoreChange.customer(code));
            return update(c, "UPDATE customer SET password_hash = ? WHERE code = ?", passwordHash, code) == 1;
        });
    }

    // ---- publications

    @Override
    public void putPublication(String customer, StoredPublication p) {
        // One statement in one transaction: the row holds the whole snapshot, so a reader gets
        // either the previous row or the new one.
        inTransaction(c -> announce(c, StoreChange.customer(customer)) + update(c, """
                INSERT INTO publication (customer, company, company_name, snapshot, published_at, next_expected_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer, company) DO UPDATE SET company_name = excluded.company_name,
                    snapshot = excluded.snapshot, published_at = excluded.published_at,
                    next_expected_at = excluded.next_expected_at""",
                customer, p.company(), p.companyName(), p.snapshotJson(), p.publishedAt().toString(),
                p.nextExpectedAt() == null ? null : p.nextExpectedAt().toString()));
    }

    @Override
    public Optional<StoredPublication> publication(String customer, String company) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT company, company_name, snapshot, published_at, next_expected_at FROM publication
                    WHERE customer = ? AND company = ?""")) {
                st.setString(1, customer);
                st.setString(2, company);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredPublication(rs.getString(1), rs.getString(2),
                            rs.getString(3), Instant.parse(rs.getString(4)), instant(rs.getString(5))))
                            : Optional.<StoredPublication>empty();
                }
            }
        });
    }

    @Override
    public List<StoredPublication> publicationHeaders(String customer) {
        return read(c -> {
            List<StoredPublication> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT company, company_name, published_at, next_expected_at FROM publication
                    WHERE customer = ? ORDER BY company""")) {
                st.setString(1, customer);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(new StoredPublication(rs.getString(1), rs.getString(2), null,
                                Instant.parse(rs.getString(3)), instant(rs.getString(4))));
                    }
                }
            }
            return all;
        });
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }

    @Override
    public void deletePublication(String customer, String company) {
        inTransaction(c -> announce(c, StoreChange.customer(customer))
                + update(c, "DELETE FROM publication WHERE customer = ? AND company = ?", customer, company));
    }

    // ---- users, grants, tokens

    @Override
    public void replaceUsers(String customer, List<PlatformUser> users) {
        inTransaction(c -> {
            lockCustomer(c, customer);
            announce(c, StoreChange.customer(customer));
            Map<String, PlatformUser> newUsers = new HashMap<>();
            users.forEach(u -> newUsers.put(u.login(), u));
            for (Map.Entry<String, String> old : userHashes(c, customer).entrySet()) {
                PlatformUser now = newUsers.get(old.getKey());
                if (now == null || !old.getValue().equals(now.passwordHash())) {
                    update(c, "DELETE FROM token WHERE customer = ? AND login = ?", customer, old.getKey());
                    update(c, "DELETE FROM device_session WHERE customer = ? AND login = ?", customer, old.getKey());
                } else if (!now.grants().keySet().containsAll(grantedCompanies(c, customer, old.getKey()))) {
                    update(c, "DELETE FROM device_session WHERE customer = ? AND login = ?", customer, old.getKey());
                }
            }
            update(c, "DELETE FROM user_grant WHERE customer = ?", customer);
            update(c, "DELETE FROM mobile_user WHERE customer = ?", customer);
            try (PreparedStatement user = c.prepareStatement(
                    "INSERT INTO mobile_user (customer, login, name, password_hash) VALUES (?, ?, ?, ?)");
                 PreparedStatement grant = c.prepareStatement(
                    "INSERT INTO user_grant (customer, login, company, view_id) VALUES (?, ?, ?, ?)")) {
                for (PlatformUser u : users) {
                    bind(user, customer, u.login(), u.name(), u.passwordHash());
                    user.executeUpdate();
                    for (Map.Entry<String, Set<ViewId>> g : u.grants().entrySet()) {
                        for (ViewId view : g.getValue()) {
                            bind(grant, customer, u.login(), g.getKey(), view.id());
                            grant.executeUpdate();
                        }
                    }
                }
            }
            return null;
        });
    }

    /**
     * Serialises the replacements of one customer's users: on PostgreSQL two concurrent ones
     * would otherwise both delete the old rows and then collide inserting the new ones. A no-op
     * update takes the row lock in both databases (SQLite already holds the whole file).
     */
    private static void lockCustomer(Connection c, String customer) throws SQLException {
        update(c, "UPDATE customer SET code = code WHERE code = ?", customer);
    }

    private static Map<String, String> userHashes(Connection c, String customer) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT login, password_hash FROM mobile_user WHERE customer = ?")) {
            st.setString(1, customer);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return hashes;
    }

    private static Set<String> grantedCompanies(Connection c, String customer, String login) throws SQLException {
        Set<String> companies = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT DISTINCT company FROM user_grant WHERE customer = ? AND login = ?")) {
            bind(st, customer, login);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    companies.add(rs.getString(1));
                }
            }
        }
        return companies;
    }

    @Override
    public Optional<PlatformUser> user(String customer, String login) {
        // One statement, so one consistent read (in PostgreSQL too: a statement sees one snapshot):
        // the user row and its grants come from the same replacement. It runs on every mobile
        // request, so no transaction round trips around it.
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT u.name, u.password_hash, g.company, g.view_id
                    FROM mobile_user u LEFT JOIN user_grant g ON g.customer = u.customer AND g.login = u.login
                    WHERE u.customer = ? AND u.login = ?
                    ORDER BY g.company, g.view_id""")) {
                bind(st, customer, login);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<PlatformUser>empty();
                    }
                    String name = rs.getString(1);
                    String hash = rs.getString(2);
                    Map<String, Set<ViewId>> grants = new LinkedHashMap<>();
                    do {
                        String company = rs.getString(3);
                        // A view id unknown to this version (stored by a newer one) grants nothing.
                        if (company != null) {
                            ViewId.fromId(rs.getString(4)).ifPresent(v ->
                                    grants.computeIfAbsent(company, k -> EnumSet.noneOf(ViewId.class)).add(v));
                        }
                    } while (rs.next());
                    return Optional.of(new PlatformUser(login, name, hash, grants));
                }
            }
        });
    }

    @Override
    public void saveToken(String tokenHash, MobileSession s) {
        inTransaction(c -> update(c, "INSERT INTO token (token_hash, customer, login, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, s.customer(), s.login(), s.expiresAt().toEpochMilli()));
    }

    @Override
    public Optional<MobileSession> session(String tokenHash) {
        return sessionIn("SELECT customer, login, expires_at FROM token WHERE token_hash = ?", tokenHash);
    }

    /** Reads the session a token hash stands for, with the query of its table. */
    private Optional<MobileSession> sessionIn(String query, String tokenHash) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement(query)) {
                st.setString(1, tokenHash);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new MobileSession(rs.getString(1), rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)))) : Optional.<MobileSession>empty();
                }
            }
        });
    }

    @Override
    public void deleteToken(String tokenHash) {
        inTransaction(c -> announce(c, new StoreChange(StoreChange.Kind.TOKEN, tokenHash))
                + update(c, "DELETE FROM token WHERE token_hash = ?", tokenHash));
    }

    @Override
    public void purgeTokensExpiredBefore(Instant instant) {
        inTransaction(c -> update(c, "DELETE FROM token WHERE expires_at < ?", instant.toEpochMilli()));
    }

    // ---- sign-in throttling (state stored as base64 text: portable SQL, compared as a whole)

    @Override
    public Optional<byte[]> throttleState(String key) {
        return read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT state FROM throttle_bucket WHERE bucket_key = ?")) {
                st.setString(1, key);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(Base64.getDecoder().decode(rs.getString(1)))
                            : Optional.<byte[]>empty();
                }
            }
        });
    }

    @Override
    public boolean swapThrottleState(String key, byte[] expected, byte[] replacement, Instant forgetAfter) {
        // A compare-and-swap in both databases: on PostgreSQL a concurrent UPDATE waits for the
        // other writer, then finds the state changed and updates nothing (the caller reads again).
        String state = Base64.getEncoder().encodeToString(replacement);
        return inTransaction(c -> expected == null
                ? update(c, """
                        INSERT INTO throttle_bucket (bucket_key, state, expires_at) VALUES (?, ?, ?)
                        ON CONFLICT (bucket_key) DO NOTHING""", key, state, forgetAfter.toEpochMilli()) == 1
                : update(c, "UPDATE throttle_bucket SET state = ?, expires_at = ? WHERE bucket_key = ? AND state = ?",
                        state, forgetAfter.toEpochMilli(), key, Base64.getEncoder().encodeToString(expected)) == 1);
    }

    @Override
    public void purgeThrottleStatesBefore(Instant instant) {
        inTransaction(c -> update(c, "DELETE FROM throttle_bucket WHERE expires_at < ?", instant.toEpochMilli()));
    }

    @Override
    public void forgetThrottleState(String key) {
        inTransaction(c -> update(c, "DELETE FROM throttle_bucket WHERE bucket_key = ?", key));
    }

    @Override
    public void saveDeviceSession(String tokenHash, MobileSession s) {
        inTransaction(c -> update(c, """
                INSERT INTO device_session (token_hash, customer, login, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""",
                tokenHash, s.customer(), s.login(), Instant.now().toEpochMilli(), s.expiresAt().toEpochMilli()));
    }

    @Override
    public Optional<MobileSession> deviceSession(String tokenHash) {
        return sessionIn("SELECT customer, login, expires_at FROM device_session WHERE token_hash = ?", tokenHash);
    }

    @Override
    public void extendDeviceSession(String tokenHash, Instant expiresAt) {
        inTransaction(c -> announce(c, new StoreChange(StoreChange.Kind.DEVICE_SESSION, tokenHash))
                + update(c, "UPDATE device_session SET expires_at = ? WHERE token_hash = ?",
                expiresAt.toEpochMilli(), tokenHash));
    }

    @Override
    public void deleteDeviceSession(String tokenHash) {
        inTransaction(c -> announce(c, new StoreChange(StoreChange.Kind.DEVICE_SESSION, tokenHash))
                + update(c, "DELETE FROM device_session WHERE token_hash = ?", tokenHash));
    }

    @Override
    public void purgeDeviceSessionsExpiredBefore(Instant instant) {
        inTransaction(c -> update(c, "DELETE FROM device_session WHERE expires_at < ?", instant.toEpochMilli()));
    }

    @Override
    public void deleteCustomerData(String customer) {
        inTransaction(c -> {
            lockCustomer(c, customer);
            announce(c, StoreChange.customer(customer));
            update(c, "DELETE FROM token WHERE customer = ?", customer);
            update(c, "DELETE FROM device_session WHERE customer = ?", customer);
            update(c, "DELETE FROM user_grant WHERE customer = ?", customer);
            update(c, "DELETE FROM mobile_user WHERE customer = ?", customer);
            update(c, "DELETE FROM publication WHERE customer = ?", customer);
            return null;
        });
    }

    // ---- plumbing

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = reads.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("platform storage read failed", e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = writes.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failure("platform storage write failed", e);
        }
    }

    /**
     * What other instances sharing this store change in it, for what this one keeps in memory.
     * Expired sessions are not announced when purged: readers check the expiry themselves.
     */
    public StoreChanges changes() {
        return StoreChanges.NONE;
    }

    /**
     * Tells the other instances, once this transaction commits, what it changed.
     *
     * @return 0, so a one-statement write can add it to its update count
     */
    int announce(Connection c, StoreChange change) throws SQLException {
        return 0;
    }

    private StorageFailure failure(String what, SQLException e) {
        StorageFailure failure = new StorageFailure(what, e);
        if (failure.connectionLost()) {
            connectionLost();
        }
        return failure;
    }

    /**
     * The server dropped a connection (restart, failover): the other pooled connections are most
     * likely dead too. Called so a pool can retire them all at once, rather than let each one fail
     * one more request.
     */
    void connectionLost() {
        // The embedded store opens a connection per operation: nothing to retire.
    }

    /** A rollback on a connection the server dropped fails too; the first failure is the one to report. */
    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone with the connection: nothing was committed.
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            return st.executeUpdate();
        }
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }
}
