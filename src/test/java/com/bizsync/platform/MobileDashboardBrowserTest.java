package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import com.bizsync.testing.RequiredTool;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mobile dashboard in a real headless Chromium on a phone-sized viewport, against the real
 * platform: sign-in pre-filled from the QR-code URL, wrong password, the granted cards and only
 * those, French amounts, company switch, session expiry, platform unreachable.
 * Runs where /usr/bin/chromium exists (CI installs it: .ci/install-test-deps).
 */
class MobileDashboardBrowserTest extends PlatformTestBase {
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    @TempDir
    Path browserDir;

    @BeforeEach
    void publishAndGrant() {
        publish(acme(), "BIJOU", showcase());
        publish(acme(), "GROUPE", Fixtures.publication("Groupe Acme", 200));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw", grants(
                "BIJOU", List.of("sales_revenue", "order_book_month", "top5_customers_month", "cash_position"),
                "GROUPE", List.of("accounting_revenue")))));
    }

    @Test
    void aUserSignsInAndSeesExactlyTheGrantedFiguresOfTheirCompanies() throws Exception {
        RequiredTool.require(HeadlessChromium.installed(), "/usr/bin/chromium (.ci/install-test-deps installs it)");
        try (HeadlessChromium browser = HeadlessChromium.start(browserDir.resolve("profile"), WIDTH, HEIGHT)) {
            browser.emulatePhone(WIDTH, HEIGHT);
            browser.language("fr-FR");
            String link = server.url() + "?customer=ACME&company=BIJOU&login=jdupont";
            browser.navigate(link);

            // The QR-code link fills everything but the password.
            assertEquals("ACME", browser.text("document.getElementById('customer').value"));
            assertEquals("BIJOU", browser.text("document.getElementById('company').value"));
            assertEquals("jdupont", browser.text("document.getElementById('login').value"));
            assertEquals("", browser.text("document.getElementById('password').value"));
            assertEquals("Se connecter", browser.text("document.getElementById('sign-in-button').textContent"));

            saveScreenshot(browser.screenshot(), "mobile-sign-in.png");
            browser.type("#password", "not-the-password");
            submit(browser);
            browser.waitUntil("!document.getElementById('notice').hidden", Duration.ofSeconds(30));
            assertEquals("Identifiants incorrects : vérifiez le code client, le code société, l\u2019identifiant et le mot de passe.",
                    notice(browser));
            assertTrue(browser.eval("document.getElementById('dashboard').hidden").asBoolean());

            browser.eval("document.getElementById('password').value = ''");
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));

            assertEquals(List.of("sales_revenue", "order_book_month", "cash_position", "top5_customers_month"), cards(browser));
            String page = visibleText(browser);
            assertTrue(page.contains("Bijoux du Sud"), page);
            assertTrue(page.contains("Chiffre d'affaires commercial"), page);
            assertTrue(page.contains("12 480,50 €"), page);          // month
            assertTrue(page.contains("98 765,43 €"), page);          // fiscal year
            assertTrue(page.contains("Bijouterie Lemoine"), page);   // top 5 customers
            assertTrue(page.contains("-1 234,00 €"), page);          // a negative cash account
            assertTrue(page.contains("43 766,10 €"), page);          // cash total
            assertTrue(page.contains("Documents\n7"), page);
            assertFalse(page.contains("Chiffre d'affaires comptable"), "granted on GROUPE only, not on BIJOU");
            assertFalse(page.contains("Top 5 articles"), "never granted");
            assertFalse(page.contains("Top 5 encours"), "never granted");
            assertEquals(11, browser.eval("document.querySelectorAll('[data-view=sales_revenue] svg rect').length").asInt());
            assertTrue(browser.eval("document.documentElement.scrollWidth <= " + WIDTH).asBoolean(),
                    "no sideways scrolling on a phone");

            saveScreenshot(browser.screenshot(), "mobile-dashboard.png");

            // The switcher offers both granted companies; GROUPE shows its single granted view.
            assertEquals(List.of("BIJOU", "GROUPE"), strings(browser.eval(
                    "[...document.querySelectorAll('#company-switch option')].map(o => o.value)")));
            browser.eval("const s = document.getElementById('company-switch'); s.value = 'GROUPE';"
                    + " s.dispatchEvent(new Event('change'))");
            browser.waitUntil("document.getElementById('company-name').textContent === 'Groupe Acme'"
                    + " && document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));
            assertEquals(List.of("accounting_revenue"), cards(browser));

            // Sign out: back to the form, and the token is revoked on the server.
            String token = browser.text("JSON.parse(sessionStorage.getItem('bizsync.session')).token");
            assertEquals(200, api.get("/api/v1/mobile/companies", Api.bearer(token)).status());
            browser.eval("document.getElementById('sign-out').click()");
            browser.waitUntil("!document.getElementById('sign-in').hidden", Duration.ofSeconds(30));
            assertEquals("Vous êtes déconnecté.", notice(browser));
            assertEquals("token_invalid", api.get("/api/v1/mobile/companies", Api.bearer(token)).error());
            assertTrue(browser.eval("sessionStorage.getItem('bizsync.session') === null").asBoolean());
            assertEquals(0, browser.eval("document.querySelectorAll('#cards .card').length").asInt(),
                    "no figures left in the page");
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));
            assertEquals("Bijoux du Sud", browser.text("document.getElementById('company-name').textContent"));

            // Past the token lifetime the next load goes back to sign-in with a clear message.
            clock.advance(Duration.ofHours(13));
            browser.navigate(link);
            browser.waitUntil("!document.getElementById('sign-in').hidden", Duration.ofSeconds(30));
            assertEquals("Votre session a expiré. Reconnectez-vous.", notice(browser));
            assertTrue(browser.eval("document.getElementById('dashboard').hidden").asBoolean());

            // Platform gone: the user is told it cannot be reached.
            server.close();
            server = null;
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.getElementById('notice').textContent.includes('injoignable')", Duration.ofSeconds(30));
            assertEquals("La plateforme est injoignable. Vérifiez votre connexion Internet et réessayez.", notice(browser));
        }
    }

    @Test
    void anEnglishBrowserGetsEnglishText() throws Exception {
        RequiredTool.require(HeadlessChromium.installed(), "/usr/bin/chromium (.ci/install-test-deps installs it)");
        try (HeadlessChromium browser = HeadlessChromium.start(browserDir.resolve("profile-en"), WIDTH, HEIGHT)) {
            browser.language("en-US");
            browser.navigate(server.url() + "?customer=ACME&company=BIJOU&login=jdupont");
            assertEquals("Sign in", browser.text("document.getElementById('sign-in-button').textContent"));
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));
            String page = visibleText(browser);
            assertTrue(page.contains("Sales revenue"), page);
            assertTrue(page.contains("12 480,50 €"), "amounts stay in French format: " + page);
        }
    }

    @Test
    void afterTooManyRefusedSignInsTheUserIsToldWhenToRetryInFrenchAndEnglish() throws Exception {
        RequiredTool.require(HeadlessChromium.installed(), "/usr/bin/chromium (.ci/install-test-deps installs it)");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn("ACME", "BIJOU", "jdupont", "guess-" + i).status());
        }
        // Five refusals per login per 15 minutes: the next attempt comes 3 minutes later.
        for (String[] language : new String[][] {{"fr-FR", "Trop de tentatives. Réessayez dans 3 minutes."},
                {"en-US", "Too many attempts. Try again in 3 minutes."}}) {
            try (HeadlessChromium browser = HeadlessChromium.start(browserDir.resolve("profile-" + language[0]),
                    WIDTH, HEIGHT)) {
                browser.language(language[0]);
                browser.navigate(server.url() + "?customer=ACME&company=BIJOU&login=jdupont");
                browser.type("#password", "jean-pw");
                submit(browser);
                browser.waitUntil("!document.getElementById('notice').hidden", Duration.ofSeconds(30));
                assertEquals(language[1], notice(browser));
                assertTrue(browser.eval("document.getElementById('dashboard').hidden").asBoolean());
            }
        }
    }

    private static void submit(HeadlessChromium browser) throws Exception {
        browser.eval("document.getElementById('notice').hidden = true;"
                + " document.getElementById('sign-in-form').requestSubmit()");
    }

    private static String notice(HeadlessChromium browser) throws Exception {
        return browser.text("document.getElementById('notice').textContent");
    }

    /** The page as the user reads it, with the French non-breaking spaces made plain. */
    private static String visibleText(HeadlessChromium browser) throws Exception {
        return browser.text("document.body.innerText").replace('\u202f', ' ').replace('\u00a0', ' ')
                .replace('\u2019', '\'');
    }

    private static List<String> cards(HeadlessChromium browser) throws Exception {
        return strings(browser.eval("[...document.querySelectorAll('#cards .card')].map(c => c.dataset.view)"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void saveScreenshot(byte[] png, String name) {
        com.bizsync.ui.shots.Screenshots.savePng(png, name.replaceFirst("\\.png$", ""));
    }

    /** A company with figures that look like a real jeweller's, for the screenshot. */
    private static ObjectNode showcase() {
        ObjectNode doc = Fixtures.publication("Bijoux du Sud", 0);
        ObjectNode views = (ObjectNode) doc.get("views");
        ObjectNode sales = views.putObject("sales_revenue").put("month", 12480.50).put("year", 98765.43);
        ArrayNode byMonth = sales.putArray("byMonth");
        double[] months = {6120.0, 7340.5, 9010.0, 8120.25, 10230.0, 7790.0, 5410.0, 4380.0, 9870.0, 11014.68, 12480.5};
        for (int i = 0; i < months.length; i++) {
            byMonth.addObject().put("month", String.format("2026-%02d", i + 1)).put("amount", months[i]);
        }
        views.putObject("order_book_month").put("amount", 15320.0).put("documents", 7);
        ArrayNode top = views.putObject("top5_customers_month").putArray("rows");
        String[][] customers = {{"LEMOINE", "Bijouterie Lemoine"}, {"ORFEVRE", "L'Orfèvre du Vieux-Port"},
            {"CARAT", "Carat & Co"}, {"PERLE", "Perle de Nice"}, {"SOLEIL", "Atelier Soleil"}};
        double[] amounts = {4210.0, 3180.5, 2240.0, 1510.0, 890.0};
        for (int i = 0; i < customers.length; i++) {
            top.addObject().put("rank", i + 1).put("code", customers[i][0]).put("label", customers[i][1])
                    .put("amount", amounts[i]);
        }
        ObjectNode cash = views.putObject("cash_position");
        ArrayNode accounts = cash.putArray("rows");
        accounts.addObject().put("code", "512000").put("label", "Banque Populaire").put("amount", 38500.10);
        accounts.addObject().put("code", "512100").put("label", "Crédit Agricole").put("amount", 6500.0);
        accounts.addObject().put("code", "512200").put("label", "CIC").put("amount", -1234.0);
        cash.put("total", 43766.10);
        return doc;
    }
}
