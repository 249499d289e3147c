package com.bizsync.platform;

import static com.bizsync.platform.MobileDashboardBrowserTest.cards;
import static com.bizsync.platform.MobileDashboardBrowserTest.notice;
import static com.bizsync.platform.MobileDashboardBrowserTest.saveScreenshot;
import static com.bizsync.platform.MobileDashboardBrowserTest.submit;
import static com.bizsync.platform.MobileDashboardBrowserTest.visibleText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.RequiredTool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as an app a manager keeps on the phone, in a real headless Chromium at 360 px
 * behind a relay that plays the phone's network: installable (manifest, icons, service worker),
 * light on first visit, readable offline with its banner, back online by itself, fast to open
 * again, still signed in after the browser restarts, signed out when the user is removed.
 */
class MobileAppBrowserTest extends PlatformTestBase {
    private static final int WIDTH = 360;
    private static final int HEIGHT = 780;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path browserDir;
    CountingProxy network;

    @BeforeEach
    void publishGrantAndConnect() throws Exception {
        ObjectNode bijou = Fixtures.showcase();
        // Expected an hour ago and not arrived: the company is late.
        bijou.put("nextExpectedAt", clock.instant().minus(Duration.ofHours(1)).toString());
        publish(acme(), "BIJOU", bijou);
        publish(acme(), "GROUPE", Fixtures.publication("Groupe Acme", 200));
        putUsers(acme(), Fixtures.users(
                Fixtures.user("jdupont", "Jean Dupont", "jean-pw", grants(
                        "BIJOU", List.of("sales_revenue", "order_book_month", "top5_customers_month", "cash_position"),
                        "GROUPE", List.of("accounting_revenue"))),
                Fixtures.user("mmartin", "Marie Martin", "marie-pw", grants("GROUPE", List.of("sales_revenue")))));
        network = new CountingProxy(server.port());
    }

    @AfterEach
    void closeNetwork() throws Exception {
        network.close();
    }

    @Test
    void theDashboardIsAnAppThatWorksOfflineAndRemembersThePhone() throws Exception {
        RequiredTool.require(HeadlessChromium.installed(), "/usr/bin/chromium (.ci/install-test-deps installs it)");
        Path profile = browserDir.resolve("phone");
        String link = network.url() + "?customer=ACME&company=BIJOU&login=jdupont";
        try (HeadlessChromium browser = HeadlessChromium.start(profile, WIDTH, HEIGHT)) {
            browser.emulatePhone(WIDTH, HEIGHT);
            browser.language("fr-FR");
            browser.navigate(link);
            // The service worker takes the page over and keeps the application shell.
            browser.waitUntil("navigator.serviceWorker.controller !== null", WAIT);
            assertTrue(browser.eval("caches.open('bizsync-shell-v1').then(c => c.keys())"
                    + ".then(k => k.map(r => new URL(r.url).pathname).sort().join(' '))").asText()
                    .contains("/app.js /icons/bizsync-icon-32.png /manifest.webmanifest /style.css"));

            // The browser reads the manifest without error and finds the app installable.
            JsonNode manifest = browser.send("Page.getAppManifest", Map.of());
            assertEquals(network.url() + "manifest.webmanifest", manifest.get("url").asText());
            assertEquals(0, manifest.get("errors").size(), manifest.toString());
            JsonNode m = Api.JSON.readTree(manifest.get("data").asText());
            assertEquals("BizSync", m.get("short_name").asText());
            assertEquals("standalone", m.get("display").asText());
            assertEquals("./", m.get("start_url").asText());
            assertEquals("#1d4f91", m.get("theme_color").asText());
            assertEquals(List.of("192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable"), icons(m));
            assertEquals(List.of(), installabilityErrors(browser));

            // First visit: sign-in page, shell, manifest, icons, sign-in and the first company.
            browser.type("#password", "jean-pw");
            submit(browser);
            browser.waitUntil("document.querySelectorAll('#cards .card').length === 4", WAIT);
            long firstVisit = network.bytesToBrowser();
            System.out.println("First visit: " + firstVisit + " bytes from the platform (compressed, headers included)");
            assertTrue(firstVisit < 50_000, "first visit under 50 KB: " + firstVisit);

            // The late company says so, and every card says when its figures are from.
            assertFalse(browser.eval("document.getElementById('late').hidden").asBoolean());
            assertEquals("En retard", browser.text("document.querySelector('#late .badge').textContent"));
            assertEquals(List.of("Données au 22 novembre 2026", "Données au 22 novembre 2026",
                    "Données au 22 novembre 2026", "Données au 22 novembre 2026"),
                    strings(browser.eval("[...document.querySelectorAll('#cards .card .asof')].map(e => e.textContent)")));
            assertEquals(List.of("Bijoux du Sud \u00b7 en retard", "Groupe Acme"), strings(browser.eval(
                    "[...document.querySelectorAll('#company-switch option')].map(o => o.textContent)")));
            saveScreenshot(browser.screenshot(), "mobile-app-late-360.png");

            // Offline: a reload opens the app and the last figures, with the banner.
            network.cut();
            browser.navigate(network.url());
            browser.waitUntil("!document.getElementById('offline').hidden", WAIT);
            String today = LocalDate.now(ZoneId.systemDefault())
                    .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE));
            String banner = browser.text("document.getElementById('offline').textContent").replace('\u202f', ' ');
            assertTrue(banner.startsWith("Hors ligne \u2014 données du " + today + " à "), banner);
            assertEquals(List.of("sales_revenue", "order_book_month", "cash_position", "top5_customers_month"), cards(browser));
            String page = visibleText(browser);
            assertTrue(page.contains("12 480,50 €"), page);
            assertTrue(page.contains("Bijouterie Lemoine"), page);
            saveScreenshot(browser.screenshot(), "mobile-offline.png");

            // Back online by itself, with what was published meanwhile.
            ObjectNode newer = Fixtures.showcase();
            ((ObjectNode) newer.get("views").get("sales_revenue")).put("month", 13579.0);
            publish(acme(), "BIJOU", newer);
            network.restore();
            browser.waitUntil("document.getElementById('offline').hidden"
                    + " && document.body.innerText.replace(/\\s/g, ' ').includes('13 579,00')", WAIT);
            assertTrue(browser.eval("document.getElementById('late').hidden").asBoolean(), "the newer one is on time");

            // Warm start: the next opening shows the figures within a second.
            browser.navigate(network.url());
            browser.waitUntil("performance.getEntriesByName('bizsync-cards').length > 0", WAIT);
            double warm = browser.eval("performance.getEntriesByName('bizsync-cards')[0].startTime").asDouble();
            System.out.println("Warm start: figures on screen " + Math.round(warm) + " ms after the navigation started");
            assertTrue(warm < 1000, "warm start under 1 s: " + warm + " ms");
        }

        // The browser restarts on the same profile: still signed in, nothing to type.
        try (HeadlessChromium browser = HeadlessChromium.start(profile, WIDTH, HEIGHT)) {
            browser.emulatePhone(WIDTH, HEIGHT);
            browser.language("fr-FR");
            browser.navigate(network.url());
            browser.waitUntil("document.querySelectorAll('#cards .card').length === 4", WAIT);
            assertTrue(browser.eval("document.getElementById('sign-in').hidden").asBoolean());
            assertEquals("Bijoux du Sud", browser.text("document.getElementById('company-name').textContent"));
            saveScreenshot(browser.screenshot(), "mobile-app-dashboard-360.png");

            // Another user's QR code on this phone asks for their password, pre-filled; Jean's
            // session stays until they sign in.
            browser.navigate(network.url() + "?customer=ACME&company=GROUPE&login=mmartin");
            browser.waitUntil("!document.getElementById('sign-in').hidden", WAIT);
            assertEquals("GROUPE", browser.text("document.getElementById('company').value"));
            assertEquals("mmartin", browser.text("document.getElementById('login').value"));
            assertEquals("", browser.text("document.getElementById('password').value"));
            browser.navigate(network.url());
            browser.waitUntil("document.querySelectorAll('#cards .card').length === 4", WAIT);
            // The kept figures are on screen at once; wait for the platform's answer too, so that
            // this page is done asking before the revocation.
            browser.waitUntil("performance.getEntriesByType('resource').some(e => e.name.endsWith('/views'))", WAIT);

            // The publisher sends the users without Jean: his phone is signed out and forgets the figures.
            putUsers(acme(), Fixtures.users(
                    Fixtures.user("mmartin", "Marie Martin", "marie-pw", grants("GROUPE", List.of("sales_revenue")))));
            browser.navigate(network.url());
            browser.waitUntil("!document.getElementById('sign-in').hidden", WAIT);
            assertEquals("Votre session n\u2019est plus valide. Reconnectez-vous.", notice(browser));
            assertEquals(0, browser.eval("document.querySelectorAll('#cards .card').length").asInt());
            assertFalse(browser.eval("caches.has('bizsync-data')").asBoolean(), "no figures left on the phone");
            assertTrue(browser.eval("localStorage.getItem('bizsync.session') === null").asBoolean());
            // The fields typed once are still there: only the password is asked.
            assertEquals("ACME", browser.text("document.getElementById('customer').value"));
            assertEquals("BIJOU", browser.text("document.getElementById('company').value"));
            assertEquals("jdupont", browser.text("document.getElementById('login').value"));
        }
    }

    @Test
    void thePlatformServesTheIconsAndNotTheirSources() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String icon : List.of("bizsync-icon-192.png", "bizsync-icon-512.png", "bizsync-icon-maskable-192.png",
                "bizsync-icon-maskable-512.png", "bizsync-icon-180.png", "bizsync-icon-32.png")) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + "icons/" + icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), icon);
            assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""), icon);
            assertEquals((byte) 0x89, r.body()[0], icon + " is a PNG");
        }
        HttpResponse<byte[]> ico = http.send(HttpRequest.newBuilder(URI.create(server.url() + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(301, ico.statusCode());
        assertEquals("icons/bizsync.ico", ico.headers().firstValue("Location").orElse("").replaceFirst("^.*/(icons/)", "$1"));
        for (String hidden : List.of("icons/render.sh", "icons/README.md", "icons/bizsync-icon.svg")) {
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(server.url() + hidden)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), hidden);
        }
        HttpResponse<String> manifest = http.send(HttpRequest.newBuilder(URI.create(server.url() + "manifest.webmanifest"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("application/manifest+json", manifest.headers().firstValue("Content-Type").orElse("")
                .replaceFirst(";.*", ""));
    }

    private static List<String> icons(JsonNode manifest) {
        List<String> out = new ArrayList<>();
        manifest.get("icons").forEach(i -> out.add(i.get("sizes").asText() + " " + i.get("purpose").asText()));
        return out;
    }

    private static List<String> installabilityErrors(HeadlessChromium browser) throws Exception {
        List<String> out = new ArrayList<>();
        browser.send("Page.getInstallabilityErrors", Map.of()).path("installabilityErrors")
                .forEach(e -> out.add(e.get("errorId").asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
