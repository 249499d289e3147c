package com.bizsync.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes every instance announces ({@code pg_notify} in the writing transaction, so a
 * change is heard only once committed) on a connection of its own, outside the pool. When that
 * connection breaks, changes may be lost: listeners are told to forget everything, the feed is
 * not live until it listens again, and then they are told once more.
 */
final class PostgresChangeFeed implements StoreChanges {
    static final String CHANNEL = "bizsync_platform_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeFeed.class);
    /** How long one wait for notifications lasts; also how soon a dead connection is noticed. */
    private static final int POLL_MS = 500;
    private static final long RETRY_MS = 1000;

    private final PlatformDatabase database;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean live;
    private volatile boolean closed;
    private volatile Connection connection;

    PostgresChangeFeed(PlatformDatabase database) {
        this.database = database;
        this.thread = new Thread(this::run, "platform-change-feed");
        thread.setDaemon(true);
    }

    /** Starts listening; returns once listening (or after the first attempt failed). */
    void start() {
        try {
            listen();
        } catch (SQLException e) {
            LOG.warn("Cannot listen to the platform's changes yet ({}); trying again", e.getMessage());
        }
        thread.start();
    }

    @Override
    public boolean live() {
        return live;
    }

    @Override
    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    private void listen() throws SQLException {
        Properties props = new Properties();
        char[] password = database.password();
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("ApplicationName", "bizsync-platform-changes");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("socketTimeout", "10");
        Connection c = DriverManager.getConnection(database.url(), props);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        connection = c;
        // Anything cached before this point may predate a change sent while not listening.
        listeners.forEach(Listener::everythingMayHaveChanged);
        live = true;
    }

    private void run() {
        while (!closed) {
            try {
                if (connection == null) {
                    listen();
                    LOG.info("Listening to the platform's changes again");
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                PGNotification[] received = pg.getNotifications(POLL_MS);
                if (received != null) {
                    for (PGNotification n : received) {
                        StoreChange change = StoreChange.parse(n.getParameter());
                        if (change != null) {
                            listeners.forEach(l -> l.changed(change));
                        }
                    }
                }
                if (connection.isClosed() || !connection.isValid(5)) {
                    throw new SQLException("the change feed's connection is closed", "08003");
                }
            } catch (SQLException e) {
                if (closed) {
                    return;
                }
                lost(e);
            }
        }
    }

    private void lost(SQLException e) {
        if (live) {
            LOG.warn("Lost the platform's change feed ({}); memory caches bypassed until it is back", e.getMessage());
        }
        live = false;
        listeners.forEach(Listener::everythingMayHaveChanged);
        closeQuietly();
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already broken.
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        live = false;
        thread.interrupt();
        closeQuietly();
    }
}
