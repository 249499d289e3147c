package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.bizsync.testing.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench extract} on a small company: it builds the database, extracts the 17 views, and
 * times the whole {@code extract} command and the sqlite3 shell's scans in real child processes
 * (no figure is checked: a benchmark is read by people, never asserted by a unit test).
 */
class BenchExtractCommandTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(180)
    void timesTheExtractionInProcessAndAsAWholeCommand() {
        RequiredTool.require(BenchExtractCommand.onPath("sqlite3"), "the sqlite3 shell (apt-get install sqlite3)");
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Main.run(new String[] {"--home", folder.resolve("home").toString(), "bench", "extract",
                    "--lines", "2000", "--ledger-lines", "4000", "--runs", "1", "--db", folder.resolve("bench.db").toString()});
        } finally {
            System.setOut(out);
        }
        String report = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, report);
        assertTrue(report.contains("Extraction of 17 views"), report);
        Matcher command = Pattern.compile("Whole extract command \\(JVM start\\) +(\\d+\\.\\d{3})").matcher(report);
        assertTrue(command.find(), report);
        // A real JVM started and read the company: more than nothing, less than the test's timeout.
        double seconds = Double.parseDouble(command.group(1));
        assertTrue(seconds > 0.05 && seconds < 120, report);
        assertTrue(Pattern.compile("Both scans by the sqlite3 shell +\\d+\\.\\d{3}").matcher(report).find(), report);
        assertTrue(Pattern.compile("Ratio whole command / sqlite3 +\\d+\\.\\d{2}").matcher(report).find(), report);
    }
}
