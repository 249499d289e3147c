package com.bizsync.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Journal rows written as text by older versions, in French or in English, are recognised and
 * read in the current language; a text nothing matches is shown as written.
 */
class LegacySentencesTest {
    @AfterEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static String read(String old, Locale language) {
        Messages.setLocale(language);
        return LegacySentences.recognize(old).text();
    }

    @Test
    void aFrenchPublicationRowReadsInEnglishWithItsNumbers() {
        assertEquals("17 views published (2 KB sent).", read("17 vues publiées (2 Ko envoyés).", Locale.ENGLISH));
        assertEquals("1 vue publiée (1 Ko envoyé).", read("1 vues publiées (1 Ko envoyés).", Locale.FRENCH),
                "the plural is fixed on the way");
        assertEquals("1 utilisateur mobile envoyé à la plateforme.",
                read("1 mobile users sent to the platform.", Locale.FRENCH));
    }

    @Test
    void sentencesInsideSentencesAreRecognisedToo() {
        String old = "Données publiées (17 vues publiées (2 Ko envoyés).), mais les utilisateurs n'ont pas été"
                + " envoyés : La plateforme 127.0.0.1:8080 est injoignable : vérifiez l'adresse et le port dans les"
                + " identifiants portail, la connexion Internet et le pare-feu.";
        assertEquals("Data published (17 views published (2 KB sent).), but the users were not sent: The platform"
                + " 127.0.0.1:8080 cannot be reached: check the address and port in the portal credentials, the"
                + " Internet connection and the firewall.", read(old, Locale.ENGLISH));
        assertEquals("Connected: accounting database \"/srv/BIJOU.db\", commercial database \"/srv/BIJOU.db\".",
                read("Connexion réussie : fichier comptable « /srv/BIJOU.db », fichier commercial « /srv/BIJOU.db ».",
                        Locale.ENGLISH));
    }

    @Test
    void oldDaysAndCodesKeepTheirMeaning() {
        assertEquals("La famille GROUPE ne peut pas être consolidée : l'exercice en cours de Bijoux (du 01/01/2026 au"
                + " 31/12/2026) diffère de celui de Caves (du 01/07/2025 au 30/06/2026).", read("Family GROUPE"
                + " cannot be consolidated: the current fiscal year of Bijoux (2026-01-01 – 2026-12-31) differs from"
                + " that of Caves (2025-07-01 – 2026-06-30).", Locale.FRENCH));
        assertEquals("No company or family has the code \"001\" in the settings: check the code.",
                read("Aucune société ni famille n'a le code « 001 » dans les paramètres : vérifiez le code.",
                        Locale.ENGLISH), "a numeric company code stays as typed");
    }

    @Test
    void plainMessagesIncludingTheirOldDoubledApostrophesAreRecognised() {
        assertEquals("Operation cancelled.", read("Opération annulée.", Locale.ENGLISH));
        assertEquals("The platform address is empty: enter it in the portal credentials (for example"
                + " https://platform.example.com).", read("L''adresse de la plateforme est vide : saisissez-la dans les"
                + " identifiants portail (par exemple https://plateforme.exemple.fr).", Locale.ENGLISH));
    }

    @Test
    void aTextNothingMatchesIsShownAsWritten() {
        Sentence unknown = LegacySentences.recognize("Données publiées : 3 vues.");
        assertTrue(unknown.isLiteral());
        assertEquals("Données publiées : 3 vues.", read("Données publiées : 3 vues.", Locale.ENGLISH));
    }
}
