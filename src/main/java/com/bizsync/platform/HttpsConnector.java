package com.bizsync.platform;

import com.bizsync.i18n.UserError;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The Jetty TLS connector used instead of the plain one when a keystore is configured. */
final class HttpsConnector {
    private HttpsConnector() {
    }

    /** Loads the keystore now, so a wrong file or password is reported before listening. */
    static KeyStore load(PlatformConfig.Keystore keystore) {
        char[] password = keystore.password();
        try {
            // Detects PKCS12 or JKS from the file's content.
            KeyStore store = KeyStore.getInstance(keystore.file().toFile(), password);
            if (!store.aliases().hasMoreElements()) {
                throw new UserError("platform.error.keystoreEmpty", keystore.file());
            }
            return store;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new UserError(e, "platform.error.badKeystore", keystore.file());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    static ServerConnector create(Server server, HttpConfiguration http, KeyStore store, char[] password,
                                  String host, int port) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(store);
        tls.setKeyStorePassword(new String(password));
        tls.setKeyManagerPassword(new String(password));
        HttpConfiguration secure = new HttpConfiguration(http);
        secure.setSecureScheme("https");
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // The operator's certificate may name the public host, not 127.0.0.1 or the bind address.
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(secure));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
