package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Passwords are encrypted at rest, never logged, never exported, and a lost key never crashes. */
class SecretsTest {
    static final String PORTAL_PASSWORD = "Portal-Pw-4711";
    static final String DATABASE_PASSWORD = "Database-Pw-0815";
    static final String PROXY_PASSWORD = "Proxy-Pw-2501";
    static final String USER_PASSWORD = "Mobile-Pw-3344";
    static final String SMTP_PASSWORD = "Smtp-Pw-6622";
    static final List<String> ALL_PASSWORDS = List.of(PORTAL_PASSWORD, DATABASE_PASSWORD, PROXY_PASSWORD, USER_PASSWORD,
            SMTP_PASSWORD);

    @TempDir
    Path home;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Logger root;
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        Messages.setLocale(Locale.FRENCH);
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
        Messages.setLocale(Locale.FRENCH);
    }

    static void saveEverySecret(SettingsStore store) {
        store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", PORTAL_PASSWORD));
        store.saveDatabaseLogin(new DatabaseLogin("SAGESRV", "", 1433, DatabaseLogin.Authentication.SQL, "", "sa",
                DATABASE_PASSWORD));
        store.saveProxy(new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", 3128, "bob", PROXY_PASSWORD));
        store.saveCompany(new Company("BIJOU", "Bijoux", "BIJOU_MAE", "", Set.of(ViewId.CASH_POSITION)));
        store.saveUser(new MobileUser("jdupont", "Jean", "", Map.of("BIJOU", Set.of(ViewId.CASH_POSITION))),
                USER_PASSWORD);
        store.saveAlertSettings(new AlertSettings("smtp.example.fr", 587, AlertSettings.Security.STARTTLS, "alertes",
                SMTP_PASSWORD, "bizsync@example.fr", List.of("direction@example.fr"), 2));
    }

    @Test
    void noPasswordAppearsInTheSettingsFilesWhileOpenNorAfterClosing() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
            // Saving twice leaves older page versions in the WAL: they must be ciphertext too.
            saveEverySecret(store);
            assertEquals(PORTAL_PASSWORD, store.portal().password());
            assertTrue(Files.exists(home.resolve("settings.db-wal")), "WAL mode keeps recent writes in the -wal file");
            assertNoPasswordIn(settingsFiles());
        }
        List<Path> afterClose = settingsFiles();
        assertNoPasswordIn(afterClose);
        String everything = afterClose.stream().map(SecretsTest::latin1).reduce("", String::concat);
        assertTrue(everything.contains("gcm1:"), "the passwords are stored, encrypted");
        assertTrue(everything.contains("$2a$11$"), "the mobile user's bcrypt hash is stored");
    }

    private List<Path> settingsFiles() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().startsWith("settings.db")).toList();
        }
    }

    private static void assertNoPasswordIn(List<Path> files) throws IOException {
        assertFalse(files.isEmpty());
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String asUtf8 = new String(bytes, StandardCharsets.ISO_8859_1);
            String asUtf16 = new String(bytes, StandardCharsets.UTF_16LE);
            for (String password : ALL_PASSWORDS) {
                assertFalse(asUtf8.contains(password), password + " in " + file.getFileName());
                assertFalse(asUtf16.contains(password), password + " (UTF-16) in " + file.getFileName());
            }
        }
    }

    private static String latin1(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noPasswordAppearsInAnyLogLine() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
            store.portal();
            store.databaseLogin();
            store.proxy();
            store.users();
            assertThrows(UserError.class, () -> store.savePortal(new PortalSettings("bad url", "ACME", PORTAL_PASSWORD)));
            assertThrows(UserError.class, () -> store.saveUser(new MobileUser("jdupont", "", "", Map.of()), USER_PASSWORD));
            SettingsExport.write(store, new ByteArrayOutputStream());
        }
        Files.delete(home.resolve("secret.key"));
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertThrows(SecretUnreadableError.class, store::portal);
            assertThrows(SecretUnreadableError.class, store::databaseLogin);
        }
        Files.writeString(home.resolve("secret.key"), "garbage " + PORTAL_PASSWORD);
        assertThrows(UserError.class, () -> SqliteSettingsStore.open(home));

        assertFalse(logged.list.isEmpty(), "the store does log (so the check below means something)");
        for (ILoggingEvent event : logged.list) {
            String line = event.getFormattedMessage() + " " + throwableText(event.getThrowableProxy());
            for (String password : ALL_PASSWORDS) {
                assertFalse(line.contains(password), "log line reveals a password: " + line);
            }
        }
    }

    private static String throwableText(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy p = proxy; p != null; p = p.getCause()) {
            text.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
            for (StackTraceElementProxy frame : p.getStackTraceElementProxyArray()) {
                text.append(frame.getSTEAsString()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theSupportExportCarriesNoPasswordNorHash() throws IOException {
        String json;
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
            store.saveCompany(new Company("JDBC1", "Par URL", "jdbc:jtds:sqlserver://srv/db;user=sa;password=Url-Pw-77",
                    "", Set.of()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SettingsExport.write(store, out);
            json = out.toString(StandardCharsets.UTF_8);
        }
        for (String secret : List.of(PORTAL_PASSWORD, DATABASE_PASSWORD, PROXY_PASSWORD, USER_PASSWORD, SMTP_PASSWORD,
                "Url-Pw-77", "$2a$", "gcm1:")) {
            assertFalse(json.contains(secret), secret + " in export:\n" + json);
        }
        assertTrue(json.contains("\"customerCode\" : \"ACME\""), json);
        assertTrue(json.contains("\"password\" : \"stored\""), json);
        assertTrue(json.contains("password=***"), json);
        assertTrue(json.contains("\"jdupont\""), json);
        assertTrue(json.contains("\"smtpHost\" : \"smtp.example.fr\""), json);
    }

    @Test
    void eachSaveUsesAFreshIvSoEqualPasswordsLookDifferent() throws SQLException {
        List<String> stored = new ArrayList<>();
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            for (int i = 0; i < 2; i++) {
                store.savePortal(new PortalSettings("https://x.fr", "ACME", PORTAL_PASSWORD));
                stored.add(rawColumn("SELECT password_secret FROM portal"));
            }
            assertEquals(PORTAL_PASSWORD, store.portal().password());
        }
        assertNotEquals(stored.get(0), stored.get(1));
        assertTrue(stored.get(0).startsWith("gcm1:"));
    }

    @Test
    void aCiphertextCopiedIntoAnotherColumnDoesNotDecrypt() throws SQLException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
            try (Connection c = raw()) {
                c.createStatement().executeUpdate("UPDATE proxy SET password_secret = (SELECT password_secret FROM portal)");
            }
            assertThrows(SecretUnreadableError.class, store::proxy);
        }
    }

    @Test
    void settingsCopiedWithoutTheKeyAskToReenterThePasswords() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
        }
        Path newMachine = home.resolve("new-machine");
        Files.createDirectories(newMachine);
        Files.copy(home.resolve("settings.db"), newMachine.resolve("settings.db"));
        assertReenterPasswords(newMachine);
    }

    @Test
    void aKeyFromAnotherInstallationAsksToReenterThePasswords() throws IOException {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            saveEverySecret(store);
        }
        Path other = home.resolve("other");
        SqliteSettingsStore.open(other).close();
        Files.copy(other.resolve("secret.key"), home.resolve("secret.key"), StandardCopyOption.REPLACE_EXISTING);
        assertReenterPasswords(home);
    }

    private static void assertReenterPasswords(Path folder) {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(folder)) {
            SecretUnreadableError portal = assertThrows(SecretUnreadableError.class, store::portal);
            assertEquals("Le mot de passe du portail enregistré ne peut pas être déchiffré sur cet ordinateur "
                    + "(paramètres copiés d’un autre poste ou fichier de clé remplacé) : saisissez-le à nouveau dans "
                    + "Paramètres > Identifiants portail.", portal.getMessage());
            assertEquals(new PortalSettings("https://bizsync.example.fr", "ACME", ""),
                    portal.settingsWithoutPassword(PortalSettings.class), "the rest of the page is still shown");
            SecretUnreadableError database = assertThrows(SecretUnreadableError.class, store::databaseLogin);
            assertEquals("SAGESRV", database.settingsWithoutPassword(DatabaseLogin.class).host());
            Messages.setLocale(Locale.ENGLISH);
            SecretUnreadableError proxy = assertThrows(SecretUnreadableError.class, store::proxy);
            assertEquals("The saved proxy password cannot be decrypted on this computer (settings copied from another "
                    + "computer, or key file replaced): enter it again in Settings > Proxy settings.", proxy.getMessage());
            Messages.setLocale(Locale.FRENCH);
            SecretUnreadableError smtp = assertThrows(SecretUnreadableError.class, store::alertSettings);
            assertEquals("Le mot de passe du serveur SMTP enregistré ne peut pas être déchiffré sur cet ordinateur "
                    + "(paramètres copiés d’un autre poste ou fichier de clé remplacé) : saisissez-le à nouveau dans "
                    + "Paramètres > Alertes.", smtp.getMessage());
            assertEquals(List.of("direction@example.fr"), smtp.settingsWithoutPassword(AlertSettings.class).recipients());
            assertEquals(1, store.companies().size(), "everything without a secret is intact");
            assertEquals(1, store.users().size());

            store.savePortal(new PortalSettings("https://bizsync.example.fr", "ACME", "Reentered-1"));
            assertEquals("Reentered-1", store.portal().password(), "re-entering repairs the page");
        }
        try (SqliteSettingsStore reopened = SqliteSettingsStore.open(folder)) {
            assertEquals("Reentered-1", reopened.portal().password(), "and it stays repaired with this machine's key");
        }
    }

    @Test
    void aDamagedKeyFileGivesAClearSentenceNotACrash() throws IOException {
        SqliteSettingsStore.open(home).close();
        Files.writeString(home.resolve("secret.key"), "not a key");
        UserError error = assertThrows(UserError.class, () -> SqliteSettingsStore.open(home));
        assertEquals("settings.key.damaged", error.key());
        assertTrue(error.getMessage().startsWith("Le fichier de clé " + home.resolve("secret.key") + " est endommagé"),
                error.getMessage());
        Files.writeString(home.resolve("secret.key"), "bizsync-secret-key-v1 c2hvcnQ=");
        assertEquals("settings.key.damaged", assertThrows(UserError.class, () -> SqliteSettingsStore.open(home)).key(),
                "a key of the wrong length");
    }

    @Test
    void theKeyFileIsReadableByItsOwnerOnly() throws IOException {
        SqliteSettingsStore.open(home).close();
        Path key = home.resolve("secret.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        SqliteSettingsStore.open(home).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
                "widened rights are restricted again");
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary key file left behind");
        }
    }

    @Test
    void inAnInstallationsSharedFolderTheGroupReadsTheKeyAndWritesTheSettings() throws IOException {
        // As the .deb makes /var/lib/bizsync: the group (bizsync: the runner and the administrators) may
        // write in it, others have no access at all.
        Path shared = home.resolve("installation");
        Files.createDirectory(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwx---"));
        try (SqliteSettingsStore store = SqliteSettingsStore.open(shared)) {
            store.savePortal(new PortalSettings("https://bizsync.example", "ACME", PORTAL_PASSWORD));
        }
        Path key = shared.resolve("secret.key");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("settings.db"))),
                "the runner and the console both write the settings");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-rw-rw-"));
        SqliteSettingsStore.open(shared).close();
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
                "never more than the group's read");
    }

    private String rawColumn(String sql) throws SQLException {
        try (Connection c = raw(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + home.resolve("settings.db"));
    }
}
