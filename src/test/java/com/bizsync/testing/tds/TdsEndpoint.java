package com.bizsync.testing.tds;

import com.bizsync.settings.DatabaseLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SQL Server stand-in on 127.0.0.1 for jTDS: speaks TDS 7.1 (pre-login, LOGIN7 with its
 * scrambled password, SQL batches, the RPCs jTDS prepares statements with) in front of one H2
 * database per SQL Server database (H2 in its SQL Server mode), with SQL Server's login errors
 * 18456 and 4060, its catalog view {@code sys.databases} and {@code OBJECT_ID}. Every statement
 * it receives is recorded with the session's isolation level, for tests to assert on.
 */
public final class TdsEndpoint implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String[] SYSTEM_DATABASES = {"master", "tempdb", "model", "msdb"};

    /** Fills a new database (tables and rows) through a plain H2 connection. */
    @FunctionalInterface
    public interface Loader {
        void load(Connection connection) throws SQLException;
    }

    private final String user;
    private final String password;
    private final String prefix = "tds" + INSTANCES.incrementAndGet() + "_";
    /** SQL Server name → keeper connection of its H2 database (kept open so the in-memory database lives). */
    private final Map<String, Connection> databases = new LinkedHashMap<>();
    private final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    /** Databases listed in sys.databases that the login may not enter (no user mapped there). */
    private final java.util.Set<String> denied = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private ServerSocket server;
    private volatile boolean catalogDenied;

    public TdsEndpoint(String user, String password) {
        this.user = user;
        this.password = password;
        for (String name : SYSTEM_DATABASES) {
            database(name, c -> { });
        }
    }

    /** Adds a database, filled by {@code loader}; call before {@link #start()}. */
    public TdsEndpoint database(String name, Loader loader) {
        try {
            Connection keeper = DriverManager.getConnection(h2Url(name));
            loader.load(keeper);
            databases.put(name, keeper);
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    /** Makes a database listed but closed to the login: USE answers 916, a login to it 4060. */
    public TdsEndpoint deny(String name) {
        denied.add(name);
        return this;
    }

    /** Refuses the login the catalog view sys.databases (error 229), as a server without VIEW ANY DATABASE does. */
    public TdsEndpoint denyCatalog() {
        catalogDenied = true;
        return this;
    }

    boolean catalogDenied() {
        return catalogDenied;
    }

    public TdsEndpoint start() {
        try {
            for (Connection keeper : databases.values()) {
                catalogViews(keeper);
            }
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "tds-endpoint-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return this;
    }

    /** sys.databases (online, ids after the four system databases) and OBJECT_ID in every database. */
    private void catalogViews(Connection keeper) throws SQLException {
        try (Statement st = keeper.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS SYS");
            st.execute("CREATE TABLE IF NOT EXISTS SYS.DATABASES (name NVARCHAR(128), database_id INT, state TINYINT)");
            st.execute("DELETE FROM SYS.DATABASES");
            int id = 1;
            for (String name : databases.keySet()) {
                st.execute("INSERT INTO SYS.DATABASES VALUES ('" + name + "', " + id++ + ", 0)");
            }
            st.execute("CREATE ALIAS IF NOT EXISTS OBJECT_ID FOR '" + H2Catalog.class.getName() + ".objectId'");
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread session = new Thread(new TdsSession(this, client), "tds-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The saved-settings login that reaches this endpoint (SQL Server authentication). */
    public DatabaseLogin login() {
        return login(user, password);
    }

    public DatabaseLogin login(String loginUser, String loginPassword) {
        return new DatabaseLogin("127.0.0.1", "", port(), DatabaseLogin.Authentication.SQL, "", loginUser, loginPassword);
    }

    /** Every statement received so far, in order. */
    public List<ExecutedStatement> statements() {
        return Collections.unmodifiableList(new ArrayList<>(statements));
    }

    void record(ExecutedStatement statement) {
        statements.add(statement);
    }

    boolean accepts(String loginUser, String loginPassword) {
        return user.equals(loginUser) && password.equals(loginPassword);
    }

    /** SQL Server compares database names without case (default collation). */
    boolean hasDatabase(String name) {
        return databases.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    boolean mayEnter(String name) {
        return !denied.contains(name);
    }

    String canonicalName(String name) {
        return databases.keySet().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    Connection openH2(String name) throws SQLException {
        return DriverManager.getConnection(h2Url(canonicalName(name)));
    }

    private String h2Url(String name) {
        return "jdbc:h2:mem:" + prefix + name + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1";
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing a test server
        }
        for (Socket client : clients) {
            try {
                client.close();
            } catch (IOException e) {
                // already gone
            }
        }
        for (Connection keeper : databases.values()) {
            try (Statement st = keeper.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed
            }
        }
    }
}
