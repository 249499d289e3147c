package com.bizsync.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A sentence reads in the language current when it is shown, with the right plural and the
 * user's date format, including the sentences it holds; stored and read back, it is the same.
 */
class SentenceTest {
    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static String in(Locale language, Sentence sentence) {
        Messages.setLocale(language);
        return sentence.text();
    }

    @Test
    void countsReadWithTheirPluralInBothLanguages() {
        assertEquals("Aucun utilisateur mobile envoyé à la plateforme.",
                in(Locale.FRENCH, Sentence.of("engine.usersPublished", 0)));
        assertEquals("1 utilisateur mobile envoyé à la plateforme.", in(Locale.FRENCH, Sentence.of("engine.usersPublished", 1)));
        assertEquals("2 utilisateurs mobiles envoyés à la plateforme.",
                in(Locale.FRENCH, Sentence.of("engine.usersPublished", 2)));
        assertEquals("1 mobile user sent to the platform.", in(Locale.ENGLISH, Sentence.of("engine.usersPublished", 1)));
        assertEquals("3 mobile users sent to the platform.", in(Locale.ENGLISH, Sentence.of("engine.usersPublished", 3)));
        assertEquals("1 vue publiée (1 Ko envoyé).", in(Locale.FRENCH, Sentence.of("engine.published", 1, 1L)));
        assertEquals("17 vues publiées (2 Ko envoyés).", in(Locale.FRENCH, Sentence.of("engine.published", 17, 2L)));
        assertEquals("1 view published (3 KB sent).", in(Locale.ENGLISH, Sentence.of("engine.published", 1, 3L)));
        assertEquals("1 opération", in(Locale.FRENCH, Sentence.of("journal.count", 1)));
        assertEquals("1\u202F234 opérations", in(Locale.FRENCH, Sentence.of("journal.count", 1234)));
    }

    @Test
    void daysInSentencesAreWrittenInTheUsersFormat() {
        Sentence year = Sentence.of("common.period", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals("du 01/01/2026 au 31/12/2026", in(Locale.FRENCH, year));
        assertEquals("from 1 Jan 2026 to 31 Dec 2026", in(Locale.ENGLISH, year));
        Sentence family = new UserError("views.familyFiscalYears", "GROUPE", "Bijoux", year, "Caves",
                Sentence.of("common.period", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30))).sentence();
        assertEquals("La famille GROUPE ne peut pas être consolidée : l'exercice en cours de Bijoux (du 01/01/2026 au"
                + " 31/12/2026) diffère de celui de Caves (du 01/07/2025 au 30/06/2026).", in(Locale.FRENCH, family));
        assertEquals("La base BIJOU_MAE n'a aucun exercice commencé au 22/11/2026 : vérifiez la date d'arrêté ou les"
                + " exercices de la société.", in(Locale.FRENCH,
                Sentence.of("views.noFiscalYearAt", "BIJOU_MAE", LocalDate.of(2026, 11, 22))));
    }

    @Test
    void aSentenceInsideAnotherFollowsTheLanguageToo() {
        UserError unreachable = new UserError("publish.platformUnreachable", "127.0.0.1:9");
        Sentence kept = new UserError(unreachable, "engine.companyKept", unreachable).sentence();
        assertEquals("Les données publiées n'ont pas pu être supprimées, la société est donc conservée dans les"
                + " paramètres : La plateforme 127.0.0.1:9 est injoignable : vérifiez l'adresse et le port dans les"
                + " identifiants portail, la connexion Internet et le pare-feu.", in(Locale.FRENCH, kept));
        assertEquals("The published data could not be deleted, so the company is kept in the settings: The platform"
                + " 127.0.0.1:9 cannot be reached: check the address and port in the portal credentials, the Internet"
                + " connection and the firewall.", in(Locale.ENGLISH, kept));
        Sentence both = Sentence.of("engine.databasesOk", List.of(Sentence.of("engine.database.accounting", "/d/a.db"),
                Sentence.of("engine.database.commercial", "/d/c.db")));
        assertEquals("Connected: accounting database \"/d/a.db\", commercial database \"/d/c.db\".",
                in(Locale.ENGLISH, both));
    }

    @Test
    void storedArgumentsComeBackEqual() {
        Sentence sentence = Sentence.of("engine.deletedUsersNotUpdated", Sentence.of("engine.companyDeleted"),
                new UserError("publish.serverError", 503).sentence());
        Sentence mixed = Sentence.of("common.unexpected", List.of("a", 2L, new java.math.BigDecimal("2.50"),
                LocalDate.of(2026, 2, 3), Sentence.literal("as written"), sentence));
        for (Sentence original : List.of(sentence, mixed)) {
            Sentence back = Sentence.stored(original.key(), SentenceJson.args(SentenceJson.args(original)), "old");
            assertEquals(original, back);
            assertEquals(original.text(), back.text());
        }
    }

    @Test
    void aKeyThisVersionDoesNotKnowShowsTheTextItWasStoredWith() {
        Sentence future = Sentence.stored("engine.somethingNewer", List.of(3L), "3 choses plus récentes.");
        assertEquals("3 choses plus récentes.", future.text());
    }

    @Test
    void aMessageWithoutArgumentsShowsItsApostrophesOnce() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals("La plateforme de démonstration reste disponible ; Ctrl-C pour l'arrêter.",
                Messages.get("engine.demo.serving"));
        assertEquals("L'adresse de la plateforme est vide : saisissez-la dans les identifiants portail (par exemple"
                + " https://plateforme.exemple.fr).", new UserError("publish.noUrl").getMessage());
    }
}
