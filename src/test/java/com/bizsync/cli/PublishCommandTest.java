package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code bizsync publish} with the settings of a home folder: one line per company, exit code. */
class PublishCommandTest extends CommandLineTest {

    @Test
    void oneLinePerCompanyAndAFailureMakesTheExitCodeNonZero() {
        String first = world.code(0);
        assertEquals(1, run("publish", first, "nosuch"));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stdout.matches("(?s)OK\\s+" + first + "\\s+17 vues publiées.*"), stdout);
        assertTrue(stderr.contains("NOSUCH") && stderr.contains("Aucune société ni famille"), stderr);
        assertEquals(200, world.phone.views(world.directionToken(first), first).status());
    }

    @Test
    void allThenDeleteAll() {
        assertEquals(0, run("publish", "--all"));
        assertEquals(world.companies.size() + 2, out.toString(StandardCharsets.UTF_8).lines().count());
        String first = world.code(0);
        String token = world.directionToken(first);
        assertEquals(0, run("publish", "--all", "--delete"));
        assertEquals(401, world.phone.views(token, first).status(), "the platform forgot the users and their tokens");
    }

    @Test
    void codesAndAllTogetherAreRefusedWithASentence() {
        assertEquals(1, run("publish", "--all", world.code(0)));
        assertEquals("Indiquez les codes des sociétés à publier, ou --all pour toutes (mais pas les deux).",
                err.toString(StandardCharsets.UTF_8).trim());
    }
}
