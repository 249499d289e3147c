package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.Sentence;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.JournalEntry.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journal rows read in the language of whoever looks at them: rows written now (stored as
 * message keys and arguments) and rows an older BizSync wrote as French or English text.
 */
class JournalLanguageTest {
    @TempDir
    Path home;

    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private List<String> messagesIn(Locale language) {
        Messages.setLocale(language);
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            return store.journal(SettingsStore.JournalFilter.ALL).stream().map(JournalEntry::message).toList();
        }
    }

    @Test
    void aRowWrittenInFrenchReadsInEnglishAfterTheSwitch() {
        Messages.setLocale(Locale.FRENCH);
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.appendJournal(new JournalEntry(0, Instant.parse("2026-11-22T10:00:00Z"), Status.SUCCESS, "",
                    Operation.PUBLISH_USERS, Sentence.of("engine.usersPublished", 1), Duration.ofMillis(80)));
        }
        assertEquals(List.of("1 utilisateur mobile envoyé à la plateforme."), messagesIn(Locale.FRENCH));
        assertEquals(List.of("1 mobile user sent to the platform."), messagesIn(Locale.ENGLISH));
    }

    @Test
    void rowsOfAnOlderVersionAreReadInTheCurrentLanguageWhenRecognised() throws Exception {
        Path file = home.resolve("settings.db");
        // The settings file as schema version 4 left it: messages stored as French or English text only.
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/settings").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement insert = c.prepareStatement("INSERT INTO journal (time_ms, status, company, operation,"
                     + " message, duration_ms) VALUES (?, ?, ?, ?, ?, 100)")) {
            Object[][] rows = {
                {1000L, "SUCCESS", "BIJOU", "PUBLISH", "17 vues publiées (2 Ko envoyés)."},
                {2000L, "SUCCESS", "", "PUBLISH_USERS", "2 mobile users sent to the platform."},
                {3000L, "ERROR", "CAVES", "PUBLISH", "Opération annulée."},
                {4000L, "ERROR", "ORFEV", "PUBLISH", "Quelque chose d'inconnu s'est produit."},
            };
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
        assertEquals(List.of("Quelque chose d'inconnu s'est produit.", "Operation cancelled.",
                "2 mobile users sent to the platform.", "17 views published (2 KB sent)."), messagesIn(Locale.ENGLISH));
        assertEquals(List.of("Quelque chose d'inconnu s'est produit.", "Opération annulée.",
                "2 utilisateurs mobiles envoyés à la plateforme.", "17 vues publiées (2 Ko envoyés)."),
                messagesIn(Locale.FRENCH));
    }
}
