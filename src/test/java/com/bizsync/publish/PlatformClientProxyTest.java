package com.bizsync.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.UserPasswords;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.LocalPlatform;
import com.bizsync.testing.MobileReader;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.littleshoot.proxy.HttpFilters;
import org.littleshoot.proxy.HttpFiltersAdapter;
import org.littleshoot.proxy.HttpFiltersSourceAdapter;
import org.littleshoot.proxy.HttpProxyServer;
import org.littleshoot.proxy.ProxyAuthenticator;
import org.littleshoot.proxy.impl.DefaultHttpProxyServer;

/** A real HTTP proxy (LittleProxy) asking for Basic credentials in front of the real platform. */
class PlatformClientProxyTest {
    private static final ClientTuning FAST = ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(20));
    private final AtomicInteger forwarded = new AtomicInteger();
    @TempDir
    Path data;
    private LocalPlatform platform;
    private static final ObjectMapper JSON = new ObjectMapper();
    private HttpProxyServer proxy;
    private final AtomicInteger challenges = new AtomicInteger();

    @BeforeAll
    static void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @BeforeEach
    void start() {
        platform = LocalPlatform.start(data, "ACME", "secret");
        proxy = DefaultHttpProxyServer.bootstrap().withPort(0).withFiltersSource(new HttpFiltersSourceAdapter() {
            @Override
            public HttpFilters filterRequest(HttpRequest originalRequest) {
                return new HttpFiltersAdapter(originalRequest) {
                    @Override
                    public void proxyToServerRequestSending() {
                        // Counts what the proxy actually forwards to the platform.
                        forwarded.incrementAndGet();
                    }
                };
            }
        }).withProxyAuthenticator(new ProxyAuthenticator() {
            @Override
            public boolean authenticate(String user, String password) {
                challenges.incrementAndGet();
                return "proxyuser".equals(user) && "proxy pass".equals(password);
            }

            @Override
            public String getRealm() {
                return "bizsync-test";
            }
        }).start();
    }

    @AfterEach
    void stop() {
        proxy.stop();
        platform.close();
    }

    private PlatformClient through(String user, String password) {
        ProxySettings settings = new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1",
                proxy.getListenAddress().getPort(), user, password);
        return new PlatformClient(new PortalSettings(platform.url(), "ACME", "secret"), settings, FAST);
    }

    @Test
    void aPublicationGoesThroughTheProxyAndAPhoneReadsIt() {
        PlatformClient client = through("proxyuser", "proxy pass");
        assertEquals("ACME SARL", client.check().name());
        ObjectNode publication = JSON.createObjectNode().put("asOf", "2026-11-22");
        publication.putObject("company").put("name", "Bijoux du Sud").put("currency", "EUR");
        publication.putObject("views").putObject("order_book_month").put("amount", 1234.5).put("documents", 3);
        long bytes = client.publish("BIJOU", publication);
        assertTrue(bytes > 20 && bytes < 400, "gzip body of " + bytes + " bytes");
        client.replaceUsers(List.of(new MobileUser("marie", "Marie", UserPasswords.hash("pw"),
                Map.of("BIJOU", Set.of(ViewId.ORDER_BOOK_MONTH), "OTHER", Set.of(ViewId.CASH_POSITION)))),
                Map.of("BIJOU", Set.of(ViewId.ORDER_BOOK_MONTH, ViewId.CASH_POSITION)));

        MobileReader phone = new MobileReader(platform.url());
        String token = phone.token("ACME", "BIJOU", "marie", "pw");
        MobileReader.Answer views = phone.views(token, "BIJOU");
        assertEquals(200, views.status());
        assertEquals("Bijoux du Sud", views.json().path("company").path("name").asText());
        assertEquals(1234.5, views.json().path("views").path("order_book_month").path("amount").asDouble());
        assertEquals(401, phone.signIn("ACME", "OTHER", "marie", "pw").status(),
                "a grant on a code the settings do not publish is not sent");
    }

    @Test
    void wrongCredentialsAreRefusedOnceAndTheSentenceNamesTheProxy() {
        UserError error = assertThrows(UserError.class, () -> through("proxyuser", "wrong").check());
        assertEquals("Le proxy 127.0.0.1:" + proxy.getListenAddress().getPort()
                + " a refusé l'utilisateur ou le mot de passe : vérifiez-les dans les paramètres proxy.", error.getMessage());
        assertEquals(0, forwarded.get(), "nothing reached the platform");
        assertTrue(challenges.get() <= 2, "no authentication loop: " + challenges.get() + " attempts");
    }

    @Test
    void aProxyAskingForCredentialsWhenNoneAreSetSaysSo() {
        UserError error = assertThrows(UserError.class, () -> through("", "").check());
        assertEquals("publish.proxyNeedsCredentials", error.key());
        assertEquals(0, forwarded.get());
    }
}
