package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
        publish(acme(), "BIJOU", Fixtures.showcase());
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
            assertEquals(11, browser.eval("document.querySelectorAll('[data-view=sales_revenue] .month-bar').length").asInt());
            // Charts a finger can read: each month's amount beside its bar, an amount axis, the
            // current month explained; the top 5 as bars with their amounts.
            assertEquals(List.of("janv. 6 120 €", "févr. 7 341 €", "mars 9 010 €", "avr. 8 120 €", "mai 10 230 €",
                    "juin 7 790 €", "juil. 5 410 €", "août 4 380 €", "sept. 9 870 €", "oct. 11 015 €", "nov. 12 481 €"),
                    texts(browser, "[data-view=sales_revenue] .month:not(.axis)"));
            assertEquals(List.of("nov. 12 481 €"), texts(browser, "[data-view=sales_revenue] .month.current"));
            assertEquals(List.of("0 €", "10 k €", "20 k €"), texts(browser, "[data-view=sales_revenue] .tick"));
            assertEquals(List.of("novembre : mois en cours, arrêté au 22 novembre 2026"),
                    texts(browser, "[data-view=sales_revenue] .legend"));
            assertEquals(List.of("1 Bijouterie Lemoine 4 210,00 €", "2 L'Orfèvre du Vieux-Port 3 180,50 €",
                    "3 Carat & Co 2 240,00 €", "4 Perle de Nice 1 510,00 €", "5 Atelier Soleil 890,00 €"),
                    texts(browser, "[data-view=top5_customers_month] .hbar"));
            assertEquals(3180.5 / 4210.0, browser.eval("(() => { const f = document.querySelectorAll("
                    + "'[data-view=top5_customers_month] .hbar .fill')[1]; return f.getBoundingClientRect().width"
                    + " / f.parentElement.getBoundingClientRect().width; })()").asDouble(), 0.005,
                    "the second customer's bar is three quarters of the first's");
            assertTrue(browser.eval("document.documentElement.scrollWidth <= " + WIDTH).asBoolean(),
                    "no sideways scrolling on a phone");

            saveScreenshot(browser.screenshot(), "mobile-dashboard.png");
            browser.eval("document.querySelector('[data-view=cash_position]').scrollIntoView()");
            saveScreenshot(browser.screenshot(), "mobile-dashboard-lists.png");
            browser.eval("window.scrollTo(0, 0)");

            // The switcher offers both granted companies; GROUPE shows its single granted view.
            assertEquals(List.of("BIJOU", "GROUPE"), strings(browser.eval(
                    "[...document.querySelectorAll('#company-switch option')].map(o => o.value)")));
            browser.eval("const s = document.getElementById('company-switch'); s.value = 'GROUPE';"
                    + " s.dispatchEvent(new Event('change'))");
            browser.waitUntil("document.getElementById('company-name').textContent === 'Groupe Acme'"
                    + " && document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));
            assertEquals(List.of("accounting_revenue"), cards(browser));

            // Sign out: back to the form, and the token is revoked on the server.
            String token = browser.text("JSON.parse(localStorage.getItem('bizsync.session')).token");
            assertEquals(200, api.get("/api/v1/mobile/companies", Api.bearer(token)).status());
            browser.eval("document.getElementById('sign-out').click()");
            browser.waitUntil("!document.getElementById('sign-in').hidden", Duration.ofSeconds(30));
            assertEquals("Vous êtes déconnecté.", notice(browser));
            assertEquals("token_invalid", api.get("/api/v1/mobile/companies", Api.bearer(token)).error());
            assertTrue(browser.eval("localStorage.getItem('bizsync.session') === null").asBoolean());
            assertEquals(0, browser.eval("document.querySelectorAll('#cards .card').length").asInt(),
                    "no figures left in the page");
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.querySelectorAll('#cards .card').length > 0", Duration.ofSeconds(30));
            assertEquals("Bijoux du Sud", browser.text("document.getElementById('company-name').textContent"));

            // Past the device session's lifetime (180 days unused) the next load goes back to
            // sign-in with a clear message.
            clock.advance(Duration.ofDays(181));
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

    static void submit(HeadlessChromium browser) throws Exception {
        browser.eval("document.getElementById('notice').hidden = true;"
                + " document.getElementById('sign-in-form').requestSubmit()");
    }

    static String notice(HeadlessChromium browser) throws Exception {
        return browser.text("document.getElementById('notice').textContent");
    }

    /** The page as the user reads it, with the French non-breaking spaces made plain. */
    static String visibleText(HeadlessChromium browser) throws Exception {
        return browser.text("document.body.innerText").replace('\u202f', ' ').replace('\u00a0', ' ')
                .replace('\u2019', '\'');
    }

    /** The text of each element, its parts separated as read, spaces of any kind made one plain space. */
    static List<String> texts(HeadlessChromium browser, String selector) throws Exception {
        return strings(browser.eval("[...document.querySelectorAll(" + Api.JSON.writeValueAsString(selector)
                + ")].map(e => [...e.querySelectorAll('*')].filter(c => !c.children.length).map(c => c.textContent)"
                + ".filter(Boolean).join(' ') || e.textContent)")).stream()
                .map(t -> t.replace('\u2019', '\'').replaceAll("[\\s\u00a0\u202f]+", " ").trim()).toList();
    }

    static List<String> cards(HeadlessChromium browser) throws Exception {
        return strings(browser.eval("[...document.querySelectorAll('#cards .card')].map(c => c.dataset.view)"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static void saveScreenshot(byte[] png, String name) {
        com.bizsync.ui.shots.Screenshots.savePng(png, name.replaceFirst("\\.png$", ""));
    }
}
