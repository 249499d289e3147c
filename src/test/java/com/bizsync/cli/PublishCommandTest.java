package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.testing.DemoWorld;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bizsync publish} with the settings of a home folder: one line per company, exit code. */
class PublishCommandTest {
    @TempDir
    Path tmp;
    DemoWorld world;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut;
    PrintStream savedErr;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.FRENCH);
        world = DemoWorld.create(tmp);
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.clearProperty("bizsync.home");
        world.close();
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = tmp.resolve("home").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Main.run(all);
    }

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
