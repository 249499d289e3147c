package com.bizsync.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (Debian's package) as an unprivileged cluster in a temporary folder,
 * listening on a free port of 127.0.0.1 with password authentication. PostgreSQL refuses to run
 * as root: as root (CI) the cluster belongs to the {@code postgres} system user the package
 * creates, and every server command runs through {@code runuser}. Each command has a timeout.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String SUPERUSER = "postgres";
    public static final String PASSWORD = "local-test-secret";
    private static final String SYSTEM_USER = "postgres";
    private static final long COMMAND_SECONDS = 90;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static LocalPostgres shared;

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;
    private final List<Path> mounts = new ArrayList<>();

    private LocalPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
    }

    /** Skips the test without PostgreSQL (fails it under CI=true, where .ci/run installs it). */
    public static void require() {
        RequiredTool.require(binaries().isPresent() && (!root() || systemUserExists()),
                "PostgreSQL (Debian package postgresql: initdb, pg_ctl)");
    }

    /** One cluster for the whole test JVM, stopped when it ends; tests create their own databases in it. */
    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            shared = start();
            LocalPostgres cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "local-postgres-stop"));
        }
        return shared;
    }

    /** A cluster of its own, for a test that stops or restarts the server. */
    public static LocalPostgres start() {
        require();
        try {
            Path folder = Files.createTempDirectory("bizsync-pg-");
            LocalPostgres pg = new LocalPostgres(binaries().orElseThrow(), folder, freePort());
            pg.init();
            pg.startServer();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void init() throws IOException {
        Path pwfile = folder.resolve("pw");
        Files.writeString(pwfile, PASSWORD, StandardCharsets.UTF_8);
        if (root()) {
            UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SYSTEM_USER);
            Files.setOwner(folder, owner);
            Files.setOwner(pwfile, owner);
        }
        run(server("initdb"), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + pwfile, "-E", "UTF8",
                "--no-locale", "--no-sync", "--auth-local=trust", "--auth-host=scram-sha-256");
    }

    /** Starts the server (again) on the same port and data. */
    public void startServer() {
        // fsync off: a test cluster lives minutes and a fast shutdown still writes everything.
        run(server("pg_ctl"), "-D", data.toString(), "-l", folder.resolve("server.log").toString(), "-w",
                "-t", "60", "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c full_page_writes=off -c max_connections=200", "start");
    }

    /** Stops the server as an operator's restart does (fast: sessions are cut, work is rolled back). */
    public void stopServer() {
        run(server("pg_ctl"), "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    public int port() {
        return port;
    }

    /** A new empty database, owned by the superuser. */
    public String createDatabase() {
        String name = "bizsync_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name);
        return name;
    }

    /** The JDBC URL of a database, with the user (the password is {@link #PASSWORD}). */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** Runs one statement on a database as the superuser. */
    public void execute(String database, String sql) {
        try (Connection c = DriverManager.getConnection(url(database), SUPERUSER, PASSWORD);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + database, e);
        }
    }

    /** Ends every session on a database but the caller's (as after a failover), so pools reconnect. */
    public void disconnectSessions(String database) {
        execute("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database + "' AND pid <> pg_backend_pid()");
    }

    /**
     * A tablespace on a small file system of its own (a tmpfs mounted in the cluster's folder),
     * for a test of a full disk; needs root, as CI is. Unmounted when the cluster is closed.
     */
    public Path smallTablespace(String name, int megabytes) {
        RequiredTool.require(root(), "root (to mount a small tmpfs standing for a full disk)");
        Path mount = folder.resolve(name);
        try {
            Files.createDirectories(mount);
            system("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=700", "tmpfs", mount.toString());
            mounts.add(mount);
            Files.setOwner(mount, mount.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SYSTEM_USER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        execute("postgres", "CREATE TABLESPACE " + name + " LOCATION '" + mount + "'");
        return mount;
    }

    private void system(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public String log() {
        try {
            return Files.readString(folder.resolve("server.log"));
        } catch (IOException e) {
            return "(no server log: " + e + ")";
        }
    }

    @Override
    public void close() {
        try {
            run(server("pg_ctl"), "-D", data.toString(), "-w", "-t", "60", "-m", "immediate", "stop");
        } catch (RuntimeException alreadyStopped) {
            // Stopped by the test itself.
        }
        for (Path mount : mounts) {
            try {
                system("umount", "-l", mount.toString());
            } catch (RuntimeException e) {
                // Lazily unmounted already; the folder removal below may leave it.
            }
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }

    private String server(String tool) {
        return bin.resolve(tool).toString();
    }

    private void run(String... command) {
        List<String> line = new ArrayList<>();
        if (root()) {
            line.addAll(List.of("runuser", "-u", SYSTEM_USER, "--"));
        }
        line.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("commands.log").toFile()).start();
            if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not end within " + COMMAND_SECONDS
                        + " s: " + commandLog());
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed (" + p.exitValue() + "): "
                        + commandLog() + "\n" + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String commandLog() {
        try {
            return Files.readString(folder.resolve("commands.log"));
        } catch (IOException e) {
            return "";
        }
    }

    /** Debian installs each major version's server under /usr/lib/postgresql/N/bin: the newest one. */
    private static Optional<Path> binaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(versions)) {
            return all.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> major(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int major(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean systemUserExists() {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(SYSTEM_USER + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
