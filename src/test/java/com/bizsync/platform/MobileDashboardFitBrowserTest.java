package com.bizsync.platform;

import static com.bizsync.platform.MobileDashboardBrowserTest.saveScreenshot;
import static com.bizsync.platform.MobileDashboardBrowserTest.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.testing.RequiredTool;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every phone width, French and English: no screen scrolls sideways at 320, 360, 390 or 412 px,
 * with a company whose names are long and whose amounts are in the hundreds of billions; the
 * bars stay inside their charts and the amounts beside them are shortened.
 */
class MobileDashboardFitBrowserTest extends PlatformTestBase {
    private static final int[] WIDTHS = {320, 360, 390, 412};
    private static final int HEIGHT = 800;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LONG_NAME = "Société Financière et Immobilière des Établissements Lemoine-Durand-Fontaine"
            + " du Vieux-Port de Marseille";
    /**
     * What sticks out of a phone {@code width} px wide: the page wider than the screen, or any
     * element past its edges. Measured against the phone's width, not innerWidth: a phone browser
     * zooms out on a page too wide, and innerWidth grows with it.
     */
    private static String overflowing(int width) {
        return "[...document.querySelectorAll('body *')].filter(e => {"
                + " const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > " + width + " + 0.5 || r.left < -0.5); })"
                + ".map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40))"
                + ".concat(document.documentElement.scrollWidth > " + width
                + " || innerWidth > " + width + " ? ['scrollWidth ' + document.documentElement.scrollWidth"
                + " + ', innerWidth ' + innerWidth] : [])";
    }

    @TempDir
    Path browserDir;

    @BeforeEach
    void publishAHugeCompanyWithLongNames() {
        ObjectNode doc = Fixtures.publication(LONG_NAME, 987_654_321_012.34);
        ObjectNode views = (ObjectNode) doc.get("views");
        ArrayNode top = (ArrayNode) views.get("top5_customers_month").get("rows");
        ((ObjectNode) top.get(0)).put("label", "Établissementsinternationauxdelabijouteriefinedelacôted'azur SARL");
        ((ObjectNode) top.get(1)).put("label", "Compagnie Générale des Orfèvres, Joailliers et Horlogers Réunis du Sud-Est");
        publish(acme(), "LONGCO", doc);
        publish(acme(), "BIJOU", Fixtures.showcase());
        List<String> all = Arrays.stream(ViewId.values()).map(ViewId::id).toList();
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                grants("LONGCO", all, "BIJOU", all))));
    }

    @Test
    void noScreenScrollsSidewaysOnAnyPhoneInFrenchOrEnglish() throws Exception {
        RequiredTool.require(HeadlessChromium.installed(), "/usr/bin/chromium (.ci/install-test-deps installs it)");
        for (String language : List.of("fr-FR", "en-US")) {
            try (HeadlessChromium browser = HeadlessChromium.start(browserDir.resolve(language), 412, HEIGHT)) {
                browser.emulatePhone(320, HEIGHT);
                browser.language(language);
                browser.navigate(server.url() + "?customer=ACME&company=LONGCO&login=jdupont");
                for (int width : WIDTHS) {
                    browser.emulatePhone(width, HEIGHT);
                    assertEquals(List.of(), strings(browser.eval(overflowing(width))), language + " sign-in at " + width + " px");
                }
                browser.emulatePhone(320, HEIGHT);
                browser.type("#password", "jean-pw");
                submit(browser);
                browser.waitUntil("document.querySelectorAll('#cards .card').length === 17", WAIT);
                for (int width : WIDTHS) {
                    browser.emulatePhone(width, HEIGHT);
                    assertEquals(List.of(), strings(browser.eval(overflowing(width))), language + " dashboard at " + width + " px");
                    assertEquals(List.of(), strings(browser.eval("[...document.querySelectorAll('.month-bar')].filter(b => {"
                            + " const t = b.parentElement.getBoundingClientRect(), r = b.getBoundingClientRect();"
                            + " return r.left < t.left - 0.5 || r.right > t.right + 0.5; }).map(b => b.closest('li').title)")),
                            "bars stay inside their chart at " + width + " px");
                }
                browser.emulatePhone(320, HEIGHT);
                browser.eval("window.scrollTo(0, 0)");
                saveScreenshot(browser.screenshot(), "mobile-long-names-320-" + language.substring(0, 2) + ".png");
                // The hundreds of billions beside the bars are shortened; the card's figures stay whole.
                assertEquals("988 Md €", normalized(browser.text(
                        "document.querySelector('[data-view=sales_revenue] .month-value').textContent")));
                assertEquals("987 654 321 013,34 €", normalized(browser.text(
                        "document.querySelector('[data-view=sales_revenue] .figure .value').textContent")));
                // The long company name is there in full, wrapped (or in the switcher, which is the title).
                assertEquals(LONG_NAME, browser.text("document.getElementById('company-name').textContent"));
            }
        }
    }

    private static String normalized(String s) {
        return s.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
