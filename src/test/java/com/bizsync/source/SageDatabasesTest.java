package com.bizsync.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.testing.RefusedPort;
import com.bizsync.testing.tds.SageServer;
import com.bizsync.testing.tds.TdsEndpoint;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Listing a SQL Server's Sage databases with the saved login, over jTDS to the test TDS endpoint:
 * RH is not a Sage database, PAIE_SA is one the login may not enter (916), both are left out.
 */
class SageDatabasesTest {
    private TdsEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = SageServer.withThreeDatabases().start();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void onlyTheSageDatabasesTheLoginMayEnterAreListedWithTheirCompanyNames() {
        List<SageDatabase> found = SageDatabases.list(endpoint.login());
        assertEquals(List.of(new SageDatabase("BIJOU", "Bijoux Lumière SARL"),
                new SageDatabase("COMPTA_SEULE", "Conseil Comptable Dupré"),
                new SageDatabase("ORFEV", "Orfèvrerie du Rhône SAS")), found);
    }

    @Test
    void listingOnlyReadsUncommitted() {
        SageDatabases.list(endpoint.login());
        Set<String> reads = Set.of("SELECT", "SET", "USE");
        endpoint.statements().forEach(s -> assertTrue(reads.contains(s.verb()), s.sql()));
        endpoint.statements().stream().filter(s -> s.reads("P_DOSSIER"))
                .forEach(s -> assertEquals("READ UNCOMMITTED", s.isolation(), s.sql()));
    }

    @Test
    void aLoginThatMayNotListTheDatabasesIsToldSo() {
        endpoint.denyCatalog();
        UserError e = assertThrows(UserError.class, () -> SageDatabases.list(endpoint.login()));
        assertEquals("La liste des bases du serveur SQL jdbc:jtds:sqlserver://127.0.0.1:" + endpoint.port() + "/master ne"
                + " peut pas être lue avec l'utilisateur « bizsync_ro » : vérifiez ses droits (VIEW ANY DATABASE).",
                e.sentence().text(Locale.FRENCH));
    }

    @Test
    void aRefusedLoginOrAnUnreachableServerGiveTheConnectionSentences() {
        DatabaseLogin wrong = endpoint.login(SageServer.USER, "not-the-password");
        assertEquals("source.wrongPassword", assertThrows(UserError.class, () -> SageDatabases.list(wrong)).key());
        DatabaseLogin down = new DatabaseLogin("127.0.0.1", "", RefusedPort.find(), DatabaseLogin.Authentication.SQL,
                "", SageServer.USER, SageServer.PASSWORD);
        assertEquals("source.unreachable", assertThrows(UserError.class, () -> SageDatabases.list(down)).key());
    }
}
