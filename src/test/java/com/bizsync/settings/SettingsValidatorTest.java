package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.views.ViewId;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sentences the user reads while typing, in French (default) and English. */
class SettingsValidatorTest {
    static final Company BIJOU = new Company("BIJOU", "Bijoux du Sud", "BIJOU_MAE", "",
            Set.of(ViewId.CASH_POSITION, ViewId.ACCOUNTING_REVENUE));
    static final Family GROUPE = new Family("GROUPE", "Groupe Sud", List.of("BIJOU"), Set.of(ViewId.CASH_POSITION));

    @AfterEach
    void resetLocale() {
        Messages.setLocale(Locale.FRENCH);
    }

    static String fr(Optional<String> message) {
        return message.orElseThrow(() -> new AssertionError("expected a message"));
    }

    @Test
    void folderCodes() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(Optional.empty(), SettingsValidator.folderCodeError("BIJOU01"));
        assertEquals(Optional.empty(), SettingsValidator.folderCodeError("A"));
        assertEquals(Optional.empty(), SettingsValidator.folderCodeError("ABCDEFGHIJ0123456789"));
        assertEquals("Saisissez le numéro de dossier de la société (lettres majuscules et chiffres).",
                fr(SettingsValidator.folderCodeError("  ")));
        assertEquals("Le numéro de dossier ne peut pas dépasser 20 caractères.",
                fr(SettingsValidator.folderCodeError("ABCDEFGHIJ0123456789X")));
        String characters = "Le numéro de dossier ne peut contenir que des lettres majuscules sans accent et des "
                + "chiffres, sans espace (par exemple BIJOU01).";
        for (String bad : List.of("bijou", "BIJOU 1", "BIJOU-1", "ÉTÉ", "BIJOU_1")) {
            assertEquals(characters, fr(SettingsValidator.folderCodeError(bad)), bad);
        }
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("The folder code may only contain uppercase letters without accents and digits, no spaces "
                + "(for example BIJOU01).", fr(SettingsValidator.folderCodeError("bijou")));
    }

    @Test
    void codesAreUniqueAcrossCompaniesAndFamilies() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals("Le code BIJOU est déjà celui de la société « Bijoux du Sud » : choisissez-en un autre.",
                fr(SettingsValidator.newCodeError("BIJOU", true, List.of(BIJOU), List.of(GROUPE))));
        assertEquals("Le code GROUPE est déjà celui de la famille « Groupe Sud » : choisissez-en un autre.",
                fr(SettingsValidator.newCodeError("GROUPE", false, List.of(BIJOU), List.of(GROUPE))));
        assertEquals(Optional.empty(), SettingsValidator.newCodeError("NEW1", false, List.of(BIJOU), List.of(GROUPE)));
        Company clash = new Company("GROUPE", "Autre", "X", "", Set.of());
        assertEquals("Le code GROUPE est déjà celui de la famille « Groupe Sud » : choisissez-en un autre.",
                fr(SettingsValidator.companyError(clash, List.of(GROUPE))));
        Family familyClash = new Family("BIJOU", "Famille", List.of("BIJOU"), Set.of());
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("The code BIJOU already belongs to the company “Bijoux du Sud”: choose another one.",
                fr(SettingsValidator.familyError(familyClash, List.of(BIJOU))));
    }

    @Test
    void companies() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(Optional.empty(), SettingsValidator.companyError(BIJOU, List.of()));
        assertEquals("Saisissez la raison sociale de la société.",
                fr(SettingsValidator.companyError(new Company("X", " ", "A", "", Set.of()), List.of())));
        assertEquals("Indiquez au moins un fichier de la société : le fichier comptable ou le fichier commercial.",
                fr(SettingsValidator.companyError(new Company("X", "X", "", " ", Set.of()), List.of())));
        assertEquals("La société BIJOU n’a pas de fichier commercial : décochez ses vues commerciales ou indiquez "
                        + "le fichier commercial.",
                fr(SettingsValidator.companyError(new Company("BIJOU", "B", "MAE", "", Set.of(ViewId.SALES_REVENUE)),
                        List.of())));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("The company GC has no accounting database: untick its accounting views or enter the "
                        + "accounting database.",
                fr(SettingsValidator.companyError(new Company("GC", "G", "", "GCM", Set.of(ViewId.CASH_POSITION)),
                        List.of())));
        assertEquals("Enter the company name.", fr(SettingsValidator.companyNameError("")));
    }

    @Test
    void families() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(Optional.empty(), SettingsValidator.familyError(GROUPE, List.of(BIJOU)));
        assertEquals("La société NOPE n’existe pas : retirez-la de la famille.", fr(SettingsValidator.familyError(
                new Family("G", "G", List.of("BIJOU", "NOPE"), Set.of()), List.of(BIJOU))));
        assertEquals("Choisissez au moins une société pour la famille.", fr(SettingsValidator.familyError(
                new Family("G", "G", List.of(), Set.of()), List.of(BIJOU))));
        assertEquals("Une société figure deux fois dans la famille : retirez le doublon.", fr(SettingsValidator
                .familyError(new Family("G", "G", List.of("BIJOU", "BIJOU"), Set.of()), List.of(BIJOU))));
        assertEquals("Le code de la famille ne peut contenir que des lettres majuscules sans accent et des chiffres, "
                + "sans espace (par exemple GROUPE1).", fr(SettingsValidator.familyCodeError("g 1")));
    }

    @Test
    void portal() {
        Messages.setLocale(Locale.FRENCH);
        for (String good : List.of("https://bizsync.example.fr", "http://127.0.0.1:8080", "HTTPS://x.fr/base/")) {
            assertEquals(Optional.empty(), SettingsValidator.platformUrlError(good), good);
        }
        String invalid = "L’adresse de la plateforme doit commencer par http:// ou https:// suivi du nom du serveur "
                + "(par exemple https://bizsync.example.fr).";
        for (String bad : List.of("bizsync.example.fr", "ftp://x.fr", "https://", "https:///path", "http://a b")) {
            assertEquals(invalid, fr(SettingsValidator.platformUrlError(bad)), bad);
        }
        assertEquals("Saisissez l’adresse de la plateforme (par exemple https://bizsync.example.fr).",
                fr(SettingsValidator.platformUrlError("")));
        assertEquals(Optional.empty(), SettingsValidator.customerCodeError("ACME42"));
        assertEquals("Le code client ne contient que des lettres majuscules sans accent et des chiffres (20 au plus) : "
                + "vérifiez-le sur votre contrat.", fr(SettingsValidator.customerCodeError("acme")));
        assertEquals("Saisissez le mot de passe du portail.",
                fr(SettingsValidator.portalError(new PortalSettings("https://x.fr", "ACME", ""))));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Enter your customer code.", fr(SettingsValidator.customerCodeError(null)));
    }

    @Test
    void databaseLogin() {
        Messages.setLocale(Locale.FRENCH);
        DatabaseLogin good = new DatabaseLogin("SAGESRV", "SAGE100", null, DatabaseLogin.Authentication.SQL, "", "sa", "x");
        assertEquals(Optional.empty(), SettingsValidator.databaseLoginError(good));
        assertEquals("Saisissez le nom de l’instance dans le champ Instance, pas à la suite du nom du serveur.",
                fr(SettingsValidator.databaseLoginError(new DatabaseLogin("SRV\\SAGE", "", null,
                        DatabaseLogin.Authentication.SQL, "", "sa", "x"))));
        assertEquals("Saisissez le domaine Windows du compte (authentification Windows).",
                fr(SettingsValidator.databaseLoginError(new DatabaseLogin("SRV", "", 1433,
                        DatabaseLogin.Authentication.WINDOWS, "", "sa", "x"))));
        assertEquals("Le port doit être un nombre entre 1 et 65535.", fr(SettingsValidator.databasePortError(0)));
        assertEquals(Optional.empty(), SettingsValidator.databasePortError(null));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Enter the database user.", fr(SettingsValidator.databaseLoginError(
                new DatabaseLogin("SRV", "", 1433, DatabaseLogin.Authentication.SQL, "", "", ""))));
    }

    @Test
    void proxyNeedsHostAndPortOnlyInManualMode() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(Optional.empty(), SettingsValidator.proxyError(ProxySettings.SYSTEM));
        assertEquals(Optional.empty(), SettingsValidator.proxyError(
                new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", 3128, "", "")));
        assertEquals("Saisissez l’adresse du proxy.", fr(SettingsValidator.proxyError(
                new ProxySettings(ProxySettings.Mode.MANUAL, "", 3128, "", ""))));
        assertEquals("Saisissez le port du proxy.", fr(SettingsValidator.proxyError(
                new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.local", null, "", ""))));
        assertEquals("Le port doit être un nombre entre 1 et 65535.", fr(SettingsValidator.proxyPortError(65_536)));
        assertEquals(Optional.empty(), SettingsValidator.proxyPortError(65_535));
        assertEquals("« http://proxy » n’est pas une adresse de proxy valide : saisissez le nom ou l’adresse du proxy, "
                + "sans http:// ni espace.", fr(SettingsValidator.proxyHostError("http://proxy")));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Enter the proxy user, or clear the password if the proxy does not ask for one.",
                fr(SettingsValidator.proxyError(new ProxySettings(ProxySettings.Mode.MANUAL, "p", 8080, "", "pw"))));
    }

    @Test
    void schedule() {
        Messages.setLocale(Locale.FRENCH);
        Schedule good = new Schedule(Schedule.Frequency.DAILY, null, 24, LocalTime.MIDNIGHT, 1);
        assertEquals(Optional.empty(), SettingsValidator.scheduleError(good));
        assertEquals(Optional.empty(), SettingsValidator.scheduleError(
                new Schedule(Schedule.Frequency.NONE, null, 0, null, 0)), "nothing else matters without a schedule");
        assertEquals("Le nombre de publications par jour doit être compris entre 1 et 24.",
                fr(SettingsValidator.scheduleError(new Schedule(Schedule.Frequency.DAILY, null, 25, LocalTime.NOON, 1))));
        assertEquals("Le nombre de publications par jour doit être compris entre 1 et 24.",
                fr(SettingsValidator.scheduleError(new Schedule(Schedule.Frequency.DAILY, null, 0, LocalTime.NOON, 1))));
        assertEquals("L’intervalle entre deux publications doit être compris entre 1 et 23 heures.",
                fr(SettingsValidator.scheduleError(new Schedule(Schedule.Frequency.DAILY, null, 2, LocalTime.NOON, 24))));
        assertEquals(Optional.empty(), SettingsValidator.scheduleError(
                new Schedule(Schedule.Frequency.DAILY, null, 1, LocalTime.NOON, 0)), "interval unused for one run");
        assertEquals("4 publications toutes les 3 heures à partir de 18:00 dépassent minuit : réduisez le nombre de "
                        + "publications ou l’intervalle, ou avancez la première heure.",
                fr(SettingsValidator.scheduleError(new Schedule(Schedule.Frequency.DAILY, null, 4, LocalTime.of(18, 0), 3))));
        assertEquals(Optional.empty(), SettingsValidator.scheduleError(
                new Schedule(Schedule.Frequency.DAILY, null, 3, LocalTime.of(17, 59), 3)), "last run 23:59");
        assertEquals("Choisissez le jour de la semaine de la publication.", fr(SettingsValidator.scheduleError(
                new Schedule(Schedule.Frequency.WEEKLY, null, 1, LocalTime.NOON, 1))));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Enter the time of the first publication (HH:MM).", fr(SettingsValidator.scheduleError(
                new Schedule(Schedule.Frequency.WORKING_DAYS, DayOfWeek.MONDAY, 1, null, 1))));
    }

    @Test
    void revenuePrefixes() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals(Optional.empty(), SettingsValidator.revenuePrefixesError(List.of("70", "7085")));
        assertEquals("« 70A » n’est pas un début de compte : saisissez uniquement des chiffres (par exemple 70 ou 706).",
                fr(SettingsValidator.revenuePrefixError("70A")));
        assertEquals("Le début de compte 70 est saisi deux fois : retirez le doublon.",
                fr(SettingsValidator.revenuePrefixesError(List.of("70", "70"))));
        assertEquals("Indiquez au moins un début de compte pour le chiffre d’affaires comptable (par exemple 70).",
                fr(SettingsValidator.revenuePrefixesError(List.of())));
    }

    @Test
    void mobileUsers() {
        Messages.setLocale(Locale.FRENCH);
        MobileUser user = new MobileUser("jdupont", "Jean Dupont", "",
                Map.of("BIJOU", Set.of(ViewId.CASH_POSITION), "GROUPE", Set.of(ViewId.CASH_POSITION)));
        assertEquals(Optional.empty(), SettingsValidator.userError(user, "secret1", true, List.of(BIJOU), List.of(GROUPE)));
        assertEquals("L’identifiant de connexion ne doit pas contenir d’espace.", fr(SettingsValidator.loginError("j dupont")));
        assertEquals("Saisissez l’identifiant de connexion de l’utilisateur.", fr(SettingsValidator.loginError("")));
        assertEquals("L’identifiant de connexion ne peut pas dépasser 64 caractères.",
                fr(SettingsValidator.loginError("x".repeat(65))));
        assertEquals("Saisissez le nom de l’utilisateur.", fr(SettingsValidator.userNameError(" ")));
        assertEquals("Saisissez un mot de passe pour ce nouvel utilisateur.",
                fr(SettingsValidator.userPasswordError("", true)));
        assertEquals(Optional.empty(), SettingsValidator.userPasswordError("", false), "existing user keeps the hash");
        assertEquals("Le mot de passe doit contenir au moins 6 caractères.",
                fr(SettingsValidator.userPasswordError("12345", false)));
        assertEquals("Le mot de passe ne peut pas dépasser 64 caractères.",
                fr(SettingsValidator.userPasswordError("é".repeat(40), true)), "80 bytes: more than bcrypt reads");
        assertEquals("Le code NOPE ne correspond à aucune société ni famille : retirez ce droit à l’utilisateur.",
                fr(SettingsValidator.userError(new MobileUser("j", "J", "", Map.of("NOPE", Set.of(ViewId.CASH_POSITION))),
                        "secret1", true, List.of(BIJOU), List.of(GROUPE))));
        assertEquals("La vue « " + ViewId.ACCOUNTING_REVENUE.label() + " » n’est pas publiée par « Groupe Sud » : cochez-la dans "
                        + "GROUPE ou retirez-la des droits de l’utilisateur.",
                fr(SettingsValidator.userError(new MobileUser("j", "J", "",
                                Map.of("GROUPE", Set.of(ViewId.ACCOUNTING_REVENUE))), "secret1", true,
                        List.of(BIJOU), List.of(GROUPE))));
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("The sign-in login must not contain spaces.", fr(SettingsValidator.loginError("a\tb")));
        assertEquals("Enter a password for this new user.", fr(SettingsValidator.userPasswordError(null, true)));
        assertTrue(fr(SettingsValidator.userError(new MobileUser("j", "J", "", Map.of("BIJOU",
                        Set.of(ViewId.SALES_REVENUE))), "secret1", true, List.of(BIJOU), List.of()))
                .endsWith("is not published by “Bijoux du Sud”: tick it in BIJOU or remove it from the user’s grants."));
    }
}
