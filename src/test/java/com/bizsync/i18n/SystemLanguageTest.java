package com.bizsync.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** French first: English only when the system really asks for it. */
class SystemLanguageTest {
    @Test
    void aLinuxServerWithoutALocaleGetsFrench() {
        // The JDK says "en" for all of these; none of them is a choice of English.
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.US, true, Map.of("LANG", "C.UTF-8")));
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.US, true, Map.of("LANG", "C")));
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.US, true, Map.of("LC_ALL", "POSIX")));
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.US, true, Map.of()));
    }

    @Test
    void anEnglishLocaleGetsEnglish() {
        assertEquals(Locale.ENGLISH, Messages.systemLanguage(Locale.US, true, Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Locale.ENGLISH, Messages.systemLanguage(Locale.UK, true,
                Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "C.UTF-8")));
        assertEquals(Locale.ENGLISH, Messages.systemLanguage(Locale.US, false, Map.of()), "Windows in English");
    }

    @Test
    void aFrenchOrOtherSystemGetsFrench() {
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.FRANCE, true, Map.of("LANG", "fr_FR.UTF-8")));
        assertEquals(Locale.FRENCH, Messages.systemLanguage(Locale.GERMANY, false, Map.of()));
    }
}
