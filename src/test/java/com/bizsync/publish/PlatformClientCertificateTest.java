package com.bizsync.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.platform.SqlitePlatformStorage;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.SelfSignedCertificate;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS servers (the platform over HTTPS, and a bare one) whose self-signed certificate no trust store knows. */
class PlatformClientCertificateTest {

    @Test
    void theRealPlatformOverHttpsWithAnUnknownCertificateIsRefusedWithTheSentence(@TempDir Path dir) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Path keystore = SelfSignedCertificate.create(dir, null);
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(dir.resolve("data"))) {
            storage.addCustomer("ACME", "Acme", BCrypt.withDefaults().hashToString(4, "secret".toCharArray()));
        }
        try (PlatformServer server = PlatformServer.start(PlatformConfig.defaults(dir.resolve("data"))
                .withHttps(keystore, "changeit".toCharArray()))) {
            PlatformClient client = new PlatformClient(
                    new PortalSettings("https://127.0.0.1:" + server.port(), "ACME", "secret"),
                    ProxySettings.SYSTEM, ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(20)));
            UserError error = assertThrows(UserError.class, client::check);
            assertEquals("publish.certificate", error.key());
        }
    }

    @Test
    void anUntrustedCertificateIsExplainedAndNotRetried(@TempDir Path dir) throws Exception {
        Messages.setLocale(Locale.FRENCH);
        Path keystore = SelfSignedCertificate.create(dir, null);

        KeyStore store = SelfSignedCertificate.load(keystore);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        java.util.concurrent.atomic.AtomicInteger handshakes = new java.util.concurrent.atomic.AtomicInteger();
        try (SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        handshakes.incrementAndGet();
                        ((SSLSocket) socket).startHandshake();
                    } catch (Exception expected) {
                        // The client refuses the certificate: the handshake fails on this side too.
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            PlatformClient client = new PlatformClient(
                    new PortalSettings("https://127.0.0.1:" + server.getLocalPort(), "ACME", "secret"),
                    ProxySettings.SYSTEM, ClientTuning.DEFAULT.withBackoff(3, Duration.ofMillis(20)));
            UserError error = assertThrows(UserError.class, client::check);
            assertEquals("Le certificat de la plateforme 127.0.0.1 n'est pas reconnu : vérifiez l'adresse saisie,"
                    + " ou faites installer un certificat valide sur la plateforme.", error.getMessage());
            assertEquals(1, handshakes.get(), "a refused certificate is not tried again");
        }
    }
}
