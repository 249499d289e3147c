package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.WithDemoWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.littleshoot.proxy.HttpProxyServer;
import org.littleshoot.proxy.ProxyAuthenticator;
import org.littleshoot.proxy.impl.DefaultHttpProxyServer;

/** Publication through a real authenticating HTTP proxy (LittleProxy), with the saved proxy settings. */
class EngineProxyTest extends WithDemoWorld {
    HttpProxyServer proxy;

    @BeforeEach
    void setUp() {
        proxy = DefaultHttpProxyServer.bootstrap().withPort(0).withProxyAuthenticator(new ProxyAuthenticator() {
            @Override
            public boolean authenticate(String user, String password) {
                return "bureau".equals(user) && "s3cret!".equals(password);
            }

            @Override
            public String getRealm() {
                return "entreprise";
            }
        }).start();
    }

    @AfterEach
    void tearDown() {
        proxy.stop();
    }

    private ProxySettings proxy(String user, String password) {
        return new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1", proxy.getListenAddress().getPort(), user, password);
    }

    @Test
    void theSavedProxyCarriesThePublication() {
        world.store.saveProxy(proxy("bureau", "s3cret!"));
        String code = world.code(0);
        OperationResult result = world.engine.publish(code, ProgressListener.NONE, Cancellation.none());
        assertTrue(result.success(), result.message());
        assertEquals(200, world.phone.views(world.directionToken(code), code).status());

        OperationResult test = world.engine.testProxy(world.store.proxy(), world.store.portal());
        assertTrue(test.success(), test.message());
    }

    @Test
    void wrongProxyCredentialsAreNamedInTheTestAndTheJournal() {
        OperationResult result = world.engine.testProxy(proxy("bureau", "wrong"), world.store.portal());
        assertFalse(result.success());
        String sentence = "Le proxy 127.0.0.1:" + proxy.getListenAddress().getPort()
                + " a refusé l'utilisateur ou le mot de passe : vérifiez-les dans les paramètres proxy.";
        assertEquals(sentence, result.message());
        JournalEntry row = world.journal().get(0);
        assertEquals(JournalEntry.Operation.TEST_PROXY, row.operation());
        assertEquals(sentence, row.message());

        world.store.saveProxy(proxy("bureau", "wrong"));
        OperationResult publish = world.engine.publish(world.code(0), ProgressListener.NONE, Cancellation.none());
        assertEquals(sentence, publish.message());
    }
}
