package com.bizsync.ui.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.views.ViewId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connection information says "Code société" for one company and "Codes société" for several. */
class ConnectionInfoModelTest {
    private static final PortalSettings PORTAL = new PortalSettings("https://bizsync.example.fr/", "ACME", "x");
    private static final Set<ViewId> SALES = Set.of(ViewId.SALES_REVENUE);

    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @Test
    void theCompanyLineAgreesWithTheNumberOfCompanies() {
        Messages.setLocale(Locale.FRENCH);
        String one = new ConnectionInfoModel(PORTAL, new MobileUser("pdurand", "Paul Durand", "",
                Map.of("BIJOU", SALES))).asText();
        assertTrue(one.contains(System.lineSeparator() + "Code société : BIJOU" + System.lineSeparator()), one);
        String two = new ConnectionInfoModel(PORTAL, new MobileUser("pdurand", "Paul Durand", "",
                Map.of("BIJOU", SALES, "CAVES", SALES))).asText();
        assertTrue(two.contains(System.lineSeparator() + "Codes société : BIJOU, CAVES" + System.lineSeparator()), two);
        Messages.setLocale(Locale.ENGLISH);
        String english = new ConnectionInfoModel(PORTAL, new MobileUser("pdurand", "Paul Durand", "",
                Map.of("BIJOU", SALES))).asText();
        assertTrue(english.contains(System.lineSeparator() + "Company code: BIJOU" + System.lineSeparator()), english);
    }
}
