package com.bizsync.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.littleshoot.proxy.HttpProxyServer;
import org.littleshoot.proxy.ProxyAuthenticator;
import org.littleshoot.proxy.impl.DefaultHttpProxyServer;

/** A real HTTP proxy (LittleProxy) asking for Basic credentials in front of a real HTTP server. */
class PlatformClientProxyTest {
    private static final ClientTuning FAST = ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(20));
    private ScriptedServer platform;
    private HttpProxyServer proxy;
    private final AtomicInteger challenges = new AtomicInteger();

    @BeforeAll
    static void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @BeforeEach
    void start() {
        platform = new ScriptedServer(200, "{\"customer\":\"ACME\",\"name\":\"Acme SARL\"}");
        proxy = DefaultHttpProxyServer.bootstrap().withPort(0).withProxyAuthenticator(new ProxyAuthenticator() {
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
    void theRightCredentialsGetThroughTheProxy() {
        assertEquals("Acme SARL", through("proxyuser", "proxy pass").check().name());
        assertEquals(1, platform.requests(), "the request reached the platform once");
    }

    @Test
    void wrongCredentialsAreRefusedOnceAndTheSentenceNamesTheProxy() {
        UserError error = assertThrows(UserError.class, () -> through("proxyuser", "wrong").check());
        assertEquals("Le proxy 127.0.0.1:" + proxy.getListenAddress().getPort()
                + " a refusé l'utilisateur ou le mot de passe : vérifiez-les dans les paramètres proxy.", error.getMessage());
        assertEquals(0, platform.requests(), "nothing reached the platform");
        assertTrue(challenges.get() <= 2, "no authentication loop: " + challenges.get() + " attempts");
    }

    @Test
    void aProxyAskingForCredentialsWhenNoneAreSetSaysSo() {
        UserError error = assertThrows(UserError.class, () -> through("", "").check());
        assertEquals("publish.proxyNeedsCredentials", error.key());
        assertEquals(0, platform.requests());
    }
}
