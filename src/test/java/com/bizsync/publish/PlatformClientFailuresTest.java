package com.bizsync.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.LocalPlatform;
import com.bizsync.testing.ScriptedServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the client answers a platform in trouble: retries, and the sentence the user reads. */
class PlatformClientFailuresTest {
    private static final ClientTuning FAST = ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(20))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

    @BeforeAll
    static void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static PlatformClient client(String url) {
        return new PlatformClient(new PortalSettings(url, "ACME", "secret"), ProxySettings.SYSTEM, FAST);
    }

    @Test
    void aPlatformErrorIsTriedThreeTimesThenExplained() {
        try (ScriptedServer server = new ScriptedServer(503, "{\"error\":\"server_error\",\"message\":\"down\"}")) {
            UserError error = assertThrows(UserError.class,
                    () -> client(server.url()).publish("BIJOU", new ObjectMapper().createObjectNode()));
            assertEquals(3, server.requests(), "3 attempts on a 5xx");
            assertEquals("publish.serverError", error.key());
            assertTrue(error.getMessage().contains("503") && error.getMessage().contains("restent en place"),
                    error.getMessage());
        }
    }

    @Test
    void aRefusedRequestIsNotTriedAgain() {
        try (ScriptedServer server = new ScriptedServer(400, "{\"error\":\"bad_request\",\"message\":\"unknown view\"}")) {
            UserError error = assertThrows(UserError.class,
                    () -> client(server.url()).publish("BIJOU", new ObjectMapper().createObjectNode()));
            assertEquals(1, server.requests(), "a 4xx is final");
            assertTrue(error.getMessage().contains("bad_request"), error.getMessage());
        }
    }

    @Test
    void wrongCredentialsAreNotTriedAgainAndSaySo() {
        try (ScriptedServer server = new ScriptedServer(401, "{\"error\":\"bad_credentials\",\"message\":\"no\"}")) {
            UserError error = assertThrows(UserError.class, () -> client(server.url()).check());
            assertEquals(1, server.requests());
            assertEquals("La plateforme a refusé le code client ou le mot de passe : vérifiez-les dans les identifiants portail.",
                    error.getMessage());
        }
    }

    @Test
    void afterTooManyWrongPasswordsTheRealPlatformSaysWhenToRetry(@TempDir Path data) {
        try (LocalPlatform platform = LocalPlatform.start(data, "ACME", "secret")) {
            PlatformClient guessing = new PlatformClient(new PortalSettings(platform.url(), "ACME", "not-secret"),
                    ProxySettings.SYSTEM, FAST);
            for (int i = 0; i < 5; i++) {
                assertEquals("publish.badCredentials", assertThrows(UserError.class, guessing::check).key());
            }
            UserError error = assertThrows(UserError.class, guessing::check);
            assertEquals("La plateforme a refusé trop de mots de passe pour ce code client : vérifiez le mot de passe "
                    + "dans les identifiants portail, puis réessayez dans 3 min.", error.getMessage());
        }
    }

    @Test
    void anAddressThatIsNotAPlatformIsNamed() {
        try (ScriptedServer server = new ScriptedServer(200, "<html>hello</html>")) {
            UserError error = assertThrows(UserError.class, () -> client(server.url()).check());
            assertEquals("publish.notPlatform", error.key());
        }
    }

    @Test
    void aClosedPortSaysThePlatformIsUnreachableWithItsAddress() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        UserError error = assertThrows(UserError.class, () -> client("http://127.0.0.1:" + port).check());
        assertEquals("publish.platformUnreachable", error.key());
        assertTrue(error.getMessage().contains("127.0.0.1:" + port), error.getMessage());
    }

    @Test
    void aMalformedAddressIsRefusedBeforeAnyRequest() {
        UserError error = assertThrows(UserError.class, () -> client("plateforme exemple fr"));
        assertEquals("L'adresse de la plateforme « plateforme exemple fr » n'est pas valide : saisissez une adresse"
                + " complète commençant par https:// (ou http://).", error.getMessage());
    }

    @Test
    void anUnreachableManualProxyIsNamed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProxySettings proxy = new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1", port, "", "");
        UserError error = assertThrows(UserError.class, () -> new PlatformClient(
                new PortalSettings("http://platform.invalid", "ACME", "x"), proxy, FAST).check());
        assertEquals("publish.proxyUnreachable", error.key());
        assertTrue(error.getMessage().contains("127.0.0.1:" + port), error.getMessage());
    }
}
