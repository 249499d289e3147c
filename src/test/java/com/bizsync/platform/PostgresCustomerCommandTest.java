package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.AppProcess;
import com.bizsync.testing.LocalPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bizsync platform customer … --database}: the operator manages the accounts of a platform
 * on PostgreSQL from any machine, the password of the database in BIZSYNC_DATABASE_PASSWORD; an
 * address that is not PostgreSQL's gets one sentence.
 */
class PostgresCustomerCommandTest {
    @TempDir
    Path home;

    @Test
    void customersAreAddedAndListedInTheDatabase() throws Exception {
        LocalPostgres pg = LocalPostgres.shared();
        String url = pg.url(pg.createDatabase());
        Map<String, String> env = Map.of("BIZSYNC_DATABASE_PASSWORD", LocalPostgres.PASSWORD,
                "ACME_PW", "long-enough-1");
        try (AppProcess add = AppProcess.start(home, env, "platform", "customer", "add", "--code", "ACME",
                "--name", "Acme SARL", "--password-env", "ACME_PW", "--database", url)) {
            assertEquals(0, add.waitFor(120), add.output());
            assertEquals("Client ACME (Acme SARL) créé.\n", add.output());
        }
        try (AppProcess list = AppProcess.start(home, env, "platform", "customer", "list", "--database", url)) {
            assertEquals(0, list.waitFor(120), list.output());
            assertTrue(list.output().contains("ACME"), list.output());
            assertTrue(list.output().contains("Acme SARL"), list.output());
        }
        try (JdbcPlatformStorage storage = PostgresPlatformStorage.open(
                new PlatformDatabase(url, LocalPostgres.PASSWORD.toCharArray()))) {
            assertTrue(at.favre.lib.crypto.bcrypt.BCrypt.verifyer().verify("long-enough-1".toCharArray(),
                    storage.customer("ACME").orElseThrow().passwordHash()).verified);
        }
    }

    @Test
    void anAddressThatIsNotPostgresqlGetsOneSentence() throws Exception {
        try (AppProcess list = AppProcess.start(home, "platform", "customer", "list", "--database",
                "jdbc:mysql://db/bizsync")) {
            assertEquals(1, list.waitFor(120), list.output());
            assertEquals("L'adresse de base jdbc:mysql://db/bizsync n'est pas prise en charge : indiquez une URL JDBC"
                    + " PostgreSQL, par exemple jdbc:postgresql://serveur:5432/bizsync?user=bizsync (mot de passe dans"
                    + " BIZSYNC_DATABASE_PASSWORD).\n", list.output());
        }
    }
}
