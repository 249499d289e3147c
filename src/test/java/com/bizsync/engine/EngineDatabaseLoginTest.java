package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.Company;
import com.bizsync.settings.DatabaseLogin;
import com.bizsync.settings.Family;
import com.bizsync.testing.RefusedPort;
import com.bizsync.testing.WithDemoWorld;
import com.bizsync.views.ViewId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database login is tested where it is used, by contacting the server (there is none here:
 * a refused port), never by opening the demo files; a family is checked against its companies'
 * fiscal years before it is saved.
 */
class EngineDatabaseLoginTest extends WithDemoWorld {

    private static DatabaseLogin refused(int port) {
        return new DatabaseLogin("127.0.0.1", "", port, DatabaseLogin.Authentication.SQL, "", "sa", "sa-pass");
    }

    @Test
    void withDemoFilesOnlyTheServerItselfIsContacted() {
        int port = RefusedPort.find();
        List<OperationResult> results = world.engine.testDatabaseLogin(refused(port));
        assertEquals(1, results.size());
        assertFalse(results.get(0).success());
        assertEquals("", results.get(0).company());
        assertEquals("Le serveur SQL de jdbc:jtds:sqlserver://127.0.0.1:" + port + "/master ne répond pas :"
                + " vérifiez le nom du serveur, l'instance ou le port, et que le service SQL Server est démarré.",
                results.get(0).message());
    }

    @Test
    void aSqlServerCompanyIsTestedOnItsOwnDatabaseAndTheDemoFilesAreLeftOut() {
        int port = RefusedPort.find();
        world.store.saveCompany(new Company("SAGE1", "Société SQL", "SAGE1", "", EnumSet.of(ViewId.CASH_POSITION)));
        List<OperationResult> results = world.engine.testDatabaseLogin(refused(port));
        assertEquals(List.of("SAGE1"), results.stream().map(OperationResult::company).toList());
        assertEquals("Échec de connexion au fichier comptable « SAGE1 » : Le serveur SQL de"
                + " jdbc:jtds:sqlserver://127.0.0.1:" + port + "/SAGE1 ne répond pas : vérifiez le nom du serveur,"
                + " l'instance ou le port, et que le service SQL Server est démarré.", results.get(0).message());
    }

    @Test
    void aFamilyIsCheckedAgainstItsCompaniesFiscalYears() {
        OperationResult mixed = world.engine.checkFamily(new Family("MIXTE", "Groupe mixte", List.of("BIJOU", "CAVES"),
                EnumSet.allOf(ViewId.class)));
        assertFalse(mixed.success());
        assertEquals("La famille Groupe mixte ne peut pas être consolidée : l'exercice en cours de Bijoux Lumière SARL"
                + " (du 01/01/2026 au 31/12/2026) diffère de celui de Caves de Loire SA (du 01/07/2026 au 30/06/2027).",
                mixed.message());

        OperationResult same = world.engine.checkFamily(new Family("SUD", "Groupe sud", List.of("BIJOU", "ORFEV"),
                EnumSet.allOf(ViewId.class)));
        assertTrue(same.success(), same.message());
        assertEquals("Les sociétés de la famille SUD ont le même exercice en cours et la même devise.", same.message());
    }
}
