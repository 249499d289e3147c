package com.bizsync.platform;

import com.bizsync.views.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
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
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded storage: one SQLite file ({@code platform.db}) in the data folder, in WAL mode so
 * readers never wait for a publication being written. Writes use {@code BEGIN IMMEDIATE} so two
 * writers queue on the busy timeout instead of failing on a lock upgrade. Connections are pooled
 * (HikariCP): opening the file and setting its pragmas cost more than most reads.
 */
public final class SqlitePlatformStorage implements PlatformStorage {
    static final String FILE_NAME = "platform.db";
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private static final int READ_CONNECTIONS = 8;
    /** Writes queue in SQLite anyway (one writer at a time); a few connections let them wait there. */
    private static final int WRITE_CONNECTIONS = 2;

    private final HikariDataSource reads;
    private final HikariDataSource writes;

    private SqlitePlatformStorage(Path file) {
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        this.reads = pool("platform-reads", dataSource(url, SQLiteConfig.TransactionMode.DEFERRED), READ_CONNECTIONS);
        this.writes = pool("platform-writes", dataSource(url, SQLiteConfig.TransactionMode.IMMEDIATE),
                WRITE_CONNECTIONS);
    }

    private static HikariDataSource pool(String name, SQLiteDataSource sqlite, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(sqlite);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // A waiting request gets its connection within the SQLite busy timeout, or fails like a lock timeout.
        config.setConnectionTimeout(BUSY_TIMEOUT_MS);
        return new HikariDataSource(config);
    }

    /** Opens (creating if needed) the storage in the folder and brings its schema up to date. */
    public static SqlitePlatformStorage open(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (java.io.IOException e) {
            throw new StorageFailure("cannot create the data folder " + dataFolder, e);
        }
        SqlitePlatformStorage storage;
        try {
            storage = new SqlitePlatformStorage(dataFolder.resolve(FILE_NAME));
        } catch (RuntimeException e) {
            throw new StorageFailure("cannot open " + dataFolder.resolve(FILE_NAME), e);
        }
        try {
            Flyway.configure().dataSource(storage.writes).locations("classpath:db/platform")
                    .load().migrate();
        } catch (RuntimeException e) {
            storage.close();
            throw new StorageFailure("cannot open or migrate " + dataFolder.resolve(FILE_NAME), e);
        }
        return storage;
    }

    private static SQLiteDataSource dataSource(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    // ---- customers

    @Override
    public boolean addCustomer(String code, String name, String passwordHash) {
        return inTransaction(c -> {
            if (exists(c, "SELECT 1 FROM customer WHERE code = ?", code)) {
                return false;
            }
            update(c, "INSERT INTO customer (code, name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    code, name, passwordHash, Instant.now().toString());
            return true;
        });
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
        return inTransaction(c -> update(c, "UPDATE customer SET password_hash = ? WHERE code = ?",
                passwordHash, code) == 1);
    }

    // ---- publications

    @Override
    public void putPublication(String customer, StoredPublication p) {
        // One statement in one transaction: the row holds the whole snapshot, so a reader gets
        // either the previous row or the new one.
        inTransaction(c -> update(c, """
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
        inTransaction(c -> update(c, "DELETE FROM publication WHERE customer = ? AND company = ?",
                customer, company));
    }

    // ---- users, grants, tokens

    @Override
    public void replaceUsers(String customer, List<PlatformUser> users) {
        inTransaction(c -> {
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
        // One statement, so one consistent read: the user row and its grants come from the same
        // replacement. It runs on every mobile request, so no transaction round trips around it.
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
        inTransaction(c -> update(c, "DELETE FROM token WHERE token_hash = ?", tokenHash));
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
        inTransaction(c -> update(c, "UPDATE device_session SET expires_at = ? WHERE token_hash = ?",
                expiresAt.toEpochMilli(), tokenHash));
    }

    @Override
    public void deleteDeviceSession(String tokenHash) {
        inTransaction(c -> update(c, "DELETE FROM device_session WHERE token_hash = ?", tokenHash));
    }

    @Override
    public void purgeDeviceSessionsExpiredBefore(Instant instant) {
        inTransaction(c -> update(c, "DELETE FROM device_session WHERE expires_at < ?", instant.toEpochMilli()));
    }

    @Override
    public void deleteCustomerData(String customer) {
        inTransaction(c -> {
            update(c, "DELETE FROM token WHERE customer = ?", customer);
            update(c, "DELETE FROM device_session WHERE customer = ?", customer);
            update(c, "DELETE FROM user_grant WHERE customer = ?", customer);
            update(c, "DELETE FROM mobile_user WHERE customer = ?", customer);
            update(c, "DELETE FROM publication WHERE customer = ?", customer);
            return null;
        });
    }

    @Override
    public void close() {
        reads.close();
        writes.close();
    }

    // ---- plumbing

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = reads.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageFailure("platform storage read failed", e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        return transaction(writes, work);
    }

    private static <T> T transaction(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageFailure("platform storage write failed", e);
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
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
