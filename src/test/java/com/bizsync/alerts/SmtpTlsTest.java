package com.bizsync.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.settings.AlertSettings;
import com.bizsync.testing.SelfSignedCertificate;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alert mails over TLS (SMTPS) to a real server (GreenMail) holding a self-signed certificate for
 * 127.0.0.1 made for the test: sent when that certificate is trusted, refused with the sentence
 * when it is not, and a TLS connection to a plain SMTP port is explained.
 */
class SmtpTlsTest {
    private static final String PASSWORD = "Smtp-Pass-5";
    private static final Mail MAIL = new Mail("BizSync – essai", "Bonjour");

    @TempDir
    static Path dir;
    private static Path keystore;
    private static GreenMail servers;

    @BeforeAll
    static void startServers() throws Exception {
        keystore = SelfSignedCertificate.create(dir, "ip:127.0.0.1");
        // GreenMail reads its TLS key store from these properties when its first TLS server starts.
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", SelfSignedCertificate.PASSWORD);
        servers = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTPS, ServerSetupTest.SMTP}));
        servers.setUser("alertes@acme.test", "alertes", PASSWORD);
        servers.start();
    }

    @AfterAll
    static void stopServers() {
        servers.stop();
    }

    @BeforeEach
    void french() throws Exception {
        Messages.setLocale(Locale.FRENCH);
        servers.purgeEmailFromAllMailboxes();
    }

    private static AlertSettings tls(int port) {
        return new AlertSettings("127.0.0.1", port, AlertSettings.Security.TLS, "alertes", PASSWORD,
                "bizsync@acme.test", List.of("direction@acme.test"), 2);
    }

    @Test
    void aMailGoesOutOverTlsWhenTheServersCertificateIsTrusted() throws Exception {
        SmtpMailer mailer = new SmtpMailer(SelfSignedCertificate.trusting(keystore), Duration.ofSeconds(10));
        mailer.send(tls(servers.getSmtps().getPort()), MAIL);
        assertEquals(1, servers.getReceivedMessages().length);
        assertEquals("BizSync – essai", servers.getReceivedMessages()[0].getSubject());
    }

    @Test
    void anUnknownCertificateIsRefusedWithTheSentence() {
        UserError refused = assertThrows(UserError.class,
                () -> new SmtpMailer().send(tls(servers.getSmtps().getPort()), MAIL));
        assertEquals("Le certificat du serveur SMTP 127.0.0.1 n’est pas reconnu ou ne porte pas ce nom : saisissez le"
                + " nom exact du serveur, ou faites installer son certificat sur cet ordinateur.", refused.getMessage());
        assertEquals(0, servers.getReceivedMessages().length);
    }

    @Test
    void tlsOnAPlainSmtpPortIsExplained() throws Exception {
        SmtpMailer mailer = new SmtpMailer(SelfSignedCertificate.trusting(keystore), Duration.ofSeconds(10));
        int plain = servers.getSmtp().getPort();
        UserError refused = assertThrows(UserError.class, () -> mailer.send(tls(plain), MAIL));
        assertEquals("La connexion sécurisée au serveur SMTP 127.0.0.1:" + plain + " a échoué : la sécurité choisie ne"
                + " correspond sans doute pas à ce port (465 avec TLS, 587 avec STARTTLS).", refused.getMessage());
    }
}
