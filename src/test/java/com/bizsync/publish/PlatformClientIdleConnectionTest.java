package com.bizsync.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.LocalPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections kept in the client's pool are closed by the server after its idle timeout (30 s on
 * the platform's Jetty, often less on proxies). The next operation must not fail because of them:
 * here the real platform closes idle connections after 300 ms, and the client is allowed a single
 * attempt, so no retry of ours can hide a stale connection.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlatformClientIdleConnectionTest {
    private static final ClientTuning ONE_ATTEMPT = ClientTuning.DEFAULT.withBackoff(1, Duration.ofMillis(10))
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));

    @TempDir
    Path data;

    @Test
    void theFirstOperationsAfterTheServerClosedIdleConnectionsSucceed() throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(data, "ACME", "secret-idle",
                config -> config.withIdleTimeout(Duration.ofMillis(300)))) {
            PlatformClient client = new PlatformClient(new PortalSettings(platform.url(), "ACME", "secret-idle"),
                    ProxySettings.SYSTEM, ONE_ATTEMPT);
            // Several connections at once, as publishing three companies in parallel leaves in the pool.
            List<CompletableFuture<PlatformClient.CustomerAccount>> parallel = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                parallel.add(CompletableFuture.supplyAsync(client::check));
            }
            for (CompletableFuture<PlatformClient.CustomerAccount> check : parallel) {
                assertEquals("ACME", check.get(20, TimeUnit.SECONDS).customer());
            }
            Thread.sleep(1_000);

            for (int i = 0; i < 4; i++) {
                assertEquals("ACME", client.check().customer(), "Tester after an idle pause, try " + (i + 1));
            }
            Thread.sleep(1_000);
            assertEquals(0, client.replaceUsers(List.of(), java.util.Map.of()), "a write after an idle pause");
        }
    }
}
