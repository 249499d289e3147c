package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.testing.PlatformStoreUnderTest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a keystore made by the JDK's keytool, and clear errors when starting fails. */
class PlatformStartupTest {
    @TempDir
    Path dir;
    private PlatformServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesHttpsFromAPkcs12KeystoreToAClientThatTrustsIt() throws Exception {
        assertServesHttps("PKCS12");
    }

    @Test
    void servesHttpsFromAJksKeystore() throws Exception {
        assertServesHttps("JKS");
    }

    private void assertServesHttps(String type) throws Exception {
        Path keystore = keytool(type, "store-pw");
        Fixtures.addCustomer(dir.resolve("data"), "ACME", "Acme SARL", "pw");
        server = PlatformServer.start(PlatformStoreUnderTest.config(dir.resolve("data"))
                .withHttps(keystore, "store-pw".toCharArray()));
        assertEquals("https://127.0.0.1:" + server.port() + "/", server.url());

        Api trusting = new Api(server.url(), HttpClient.newBuilder().sslContext(trusting(keystore, type)).build());
        Api.Answer health = trusting.get("/api/v1/health", null);
        assertEquals(200, health.status());
        assertEquals("nosniff", health.header("X-Content-Type-Options"));
        assertEquals("max-age=31536000", health.header("Strict-Transport-Security"));
        assertEquals("Acme SARL", trusting.get("/api/v1/publisher/check", Api.basic("ACME", "pw")).json().get("name").asText());

        // A client that does not trust the certificate refuses the connection.
        Api untrusting = new Api(server.url());
        Exception refused = assertThrows(java.io.UncheckedIOException.class, () -> untrusting.get("/api/v1/health", null));
        assertTrue(refused.getCause() instanceof SSLHandshakeException, String.valueOf(refused.getCause()));
        // Plain HTTP is not served on the HTTPS port.
        Api plain = new Api("http://127.0.0.1:" + server.port());
        boolean plainServed;
        try {
            plainServed = plain.get("/api/v1/health", null).status() == 200;
        } catch (java.io.UncheckedIOException e) {
            plainServed = false;
        }
        assertTrue(!plainServed, "plain HTTP must not reach the API on the HTTPS port");
    }

    @Test
    void aWrongKeystorePasswordIsOneClearSentence() throws Exception {
        Path keystore = keytool("PKCS12", "store-pw");
        UserError e = assertThrows(UserError.class, () -> PlatformServer.start(
                PlatformStoreUnderTest.config(dir.resolve("data")).withHttps(keystore, "wrong".toCharArray())));
        assertEquals("platform.error.badKeystore", e.key());
        Messages.setLocale(Locale.FRENCH);
        assertTrue(e.getMessage().startsWith("Le magasin de clés " + keystore), e.getMessage());
        Path notAKeystore = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertEquals("platform.error.badKeystore", assertThrows(UserError.class, () -> PlatformServer.start(
                PlatformStoreUnderTest.config(dir.resolve("data")).withHttps(notAKeystore, "x".toCharArray()))).key());
    }

    @Test
    void aPortInUseIsOneClearSentence() {
        server = PlatformServer.start(PlatformStoreUnderTest.config(dir.resolve("one")));
        UserError e = assertThrows(UserError.class, () -> PlatformServer.start(
                PlatformStoreUnderTest.config(dir.resolve("two")).withPort(server.port())));
        assertEquals("platform.error.portInUse", e.key());
        Messages.setLocale(Locale.ENGLISH);
        try {
            assertEquals("Cannot listen on 127.0.0.1:" + server.port()
                    + ": the port is already in use or the address is not available. Choose another port with --port.",
                    e.getMessage());
        } finally {
            Messages.setLocale(Locale.FRENCH);
        }
        // The first server still answers.
        assertEquals(200, new Api(server.url()).get("/api/v1/health", null).status());
    }

    @Test
    void anUnusableDataFolderIsOneClearSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        UserError e = assertThrows(UserError.class, () -> PlatformServer.start(PlatformConfig.defaults(file)));
        assertEquals("platform.error.dataFolder", e.key());
    }

    private Path keytool(String type, String password) throws IOException, InterruptedException {
        Path file = dir.resolve("platform." + type.toLowerCase(Locale.ROOT));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "platform", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", type, "-keystore", file.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "keytool finished");
        assertEquals(0, p.exitValue(), output);
        return file;
    }

    private static SSLContext trusting(Path keystore, String type) throws Exception {
        KeyStore trust = KeyStore.getInstance(type);
        try (var in = Files.newInputStream(keystore)) {
            trust.load(in, "store-pw".toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
