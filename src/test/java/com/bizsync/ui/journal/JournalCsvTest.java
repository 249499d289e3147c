package com.bizsync.ui.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.settings.JournalEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Excel in French shows when it opens the exported journal. */
class JournalCsvTest {

    @BeforeEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static byte[] csv(List<JournalEntry> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JournalCsv.write(rows, out);
        return out.toByteArray();
    }

    @Test
    void startsWithUtf8BomAndAFrenchHeaderSeparatedBySemicolons() throws Exception {
        byte[] bytes = csv(List.of());
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertEquals("Date;Heure;Type;Société;Opération;Message;Durée (s)\r\n", text);
    }

    @Test
    void rowsReadAsInTheTableWithRfc4180Quoting() throws Exception {
        var time = LocalDateTime.of(2026, 11, 3, 14, 5, 9).atZone(ZoneId.systemDefault()).toInstant();
        JournalEntry error = new JournalEntry(1, time, JournalEntry.Status.ERROR, "BIJOU", JournalEntry.Operation.PUBLISH,
                "La plateforme ne répond pas; vérifiez l'adresse \"https://x\"\net le proxy", Duration.ofMillis(1250));
        JournalEntry global = new JournalEntry(2, time, JournalEntry.Status.SUCCESS, "", JournalEntry.Operation.TEST_PORTAL,
                "Connexion réussie", Duration.ofMillis(40));
        String text = new String(csv(List.of(error, global)), StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n", -1);
        assertEquals("03/11/2026;14:05:09;Erreur;BIJOU;Publication;"
                + "\"La plateforme ne répond pas; vérifiez l'adresse \"\"https://x\"\"\net le proxy\";1,3", lines[1]);
        assertEquals("03/11/2026;14:05:09;Succès;(toutes les sociétés);Test du portail;Connexion réussie;0,0", lines[2]);
        assertEquals("", lines[3]);
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void englishHeaderWhenTheConsoleIsInEnglish() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        String text = new String(csv(List.of()), StandardCharsets.UTF_8).substring(1);
        assertEquals("Date;Time;Type;Company;Operation;Message;Duration (s)\r\n", text);
    }
}
