package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.cli.DemoSetup;
import com.bizsync.cli.Main;
import com.bizsync.settings.PortalSettings;
import com.bizsync.testing.DemoWorld;
import com.bizsync.testing.GatedForwarder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "publish all" run in another process, while the administrator deletes a mobile user in the
 * console: when the run sends the users at its end, it sends the users saved at that moment,
 * so the deleted user cannot sign in again.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class UsersSentAreTheSavedOnesTest {
    @TempDir
    Path root;

    @Test
    void aUserDeletedDuringAnotherProcesssRunStaysDeleted() throws Exception {
        try (DemoWorld world = DemoWorld.create(root);
             GatedForwarder network = new GatedForwarder(world.platform.url())) {
            String company = world.code(0);
            world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
            assertEquals(200, signIn(world, company, DemoSetup.COMMERCIAL, DemoSetup.COMMERCIAL_PASSWORD),
                    "the user signs in before");

            PortalSettings portal = world.store.portal();
            world.store.savePortal(new PortalSettings(network.url(), portal.customerCode(), portal.password()));
            network.hold();
            Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--home", root.resolve("home").toString(), "publish", "--all")
                    .redirectErrorStream(true).start();
            try {
                assertTrue(network.awaitHeld(90, TimeUnit.SECONDS), "the other process is sending its companies");

                // The console deletes the user and sends the users at once.
                world.store.deleteUser(DemoSetup.COMMERCIAL);
                assertTrue(world.engine.publishUsers().success());
                assertEquals(401, signIn(world, company, DemoSetup.COMMERCIAL, DemoSetup.COMMERCIAL_PASSWORD));

                network.release();
                assertTrue(run.waitFor(90, TimeUnit.SECONDS), "the other run ends");
                String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(output.contains("utilisateur") || output.contains("user"), "the run sent the users: " + output);

                assertEquals(401, signIn(world, company, DemoSetup.COMMERCIAL, DemoSetup.COMMERCIAL_PASSWORD),
                        "the deleted user stays deleted: " + output);
                assertEquals(200, signIn(world, company, DemoSetup.DIRECTION, DemoSetup.DIRECTION_PASSWORD),
                        "the other user still signs in");
            } finally {
                run.destroyForcibly();
            }
        }
    }

    private static int signIn(DemoWorld world, String company, String login, String password) {
        return world.phone.signIn(DemoSetup.CUSTOMER, company, login, password).status();
    }
}
