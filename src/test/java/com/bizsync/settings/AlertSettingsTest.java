package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert page's rules, its storage, and the alert state kept per company. */
class AlertSettingsTest {
    @TempDir
    Path home;

    @BeforeEach
    void french() {
        Messages.setLocale(Locale.FRENCH);
    }

    private static AlertSettings mail(String host, Integer port, String login, String password, String sender,
                                      List<String> recipients, int threshold) {
        return new AlertSettings(host, port, AlertSettings.Security.STARTTLS, login, password, sender, recipients,
                threshold);
    }

    @Test
    void noServerAndNoRecipientMeansNoMailAndIsAllowed() {
        assertEquals(Optional.empty(), SettingsValidator.alertSettingsError(AlertSettings.DEFAULTS));
        assertEquals(Optional.empty(), SettingsValidator.alertSettingsError(mail("", null, "", "", "", List.of(), 3)));
    }

    @Test
    void eachMissingOrWrongFieldGetsItsSentence() {
        assertEquals(Optional.of("Saisissez le serveur SMTP qui envoie les alertes (par exemple smtp.entreprise.fr), ou"
                        + " effacez les destinataires pour ne pas envoyer de courriel."),
                SettingsValidator.alertSettingsError(mail("", 587, "", "", "a@b.fr", List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("Saisissez au moins une adresse à prévenir, ou effacez le serveur SMTP pour ne pas"
                        + " envoyer de courriel."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 587, "", "", "a@b.fr", List.of(), 2)));
        assertEquals(Optional.of("Saisissez le port du serveur SMTP (587 avec STARTTLS, 465 avec TLS, 25 sans"
                        + " chiffrement)."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", null, "", "", "a@b.fr", List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("Le port doit être un nombre entre 1 et 65535."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 70000, "", "", "a@b.fr", List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("Saisissez l’adresse de l’expéditeur des alertes (par exemple bizsync@entreprise.fr)."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 587, "", "", " ", List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("« bizsync.acme.fr » n’est pas une adresse électronique valide : saisissez une adresse"
                        + " comme bizsync@entreprise.fr."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 587, "", "", "bizsync.acme.fr",
                        List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("« jean@ » n’est pas une adresse électronique valide : séparez les adresses par des"
                        + " virgules ou des retours à la ligne."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 587, "", "", "a@b.fr",
                        List.of("c@d.fr", "jean@"), 2)));
        assertEquals(Optional.of("Saisissez l’identifiant du serveur SMTP, ou effacez le mot de passe si le serveur n’en"
                        + " demande pas."),
                SettingsValidator.alertSettingsError(mail("smtp.acme.fr", 587, "", "secret", "a@b.fr",
                        List.of("c@d.fr"), 2)));
        assertEquals(Optional.of("Le nombre d’échecs consécutifs avant une alerte doit être compris entre 1 et 10."),
                SettingsValidator.alertSettingsError(mail("", null, "", "", "", List.of(), 0)));
        assertEquals(Optional.of("« smtp://acme.fr » n’est pas un nom de serveur SMTP valide : saisissez le nom ou"
                        + " l’adresse du serveur, sans espace ni smtp://."),
                SettingsValidator.alertHostError("smtp://acme.fr"));
    }

    @Test
    void recipientsAreTypedInOneFieldWithAnySeparator() {
        assertEquals(List.of("a@acme.fr", "b@acme.fr", "c@acme.fr"),
                AlertSettings.parseRecipients(" a@acme.fr, b@acme.fr;\nc@acme.fr  "));
        assertEquals(List.of(), AlertSettings.parseRecipients("  "));
    }

    @Test
    void savedSettingsComeBackWithTheirPasswordAndInvalidOnesAreRefused() {
        AlertSettings saved = mail("smtp.acme.fr", 587, "alertes", "Smtp-Pass", "bizsync@acme.fr",
                List.of("direction@acme.fr", "it@acme.fr"), 3);
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            assertEquals(AlertSettings.DEFAULTS, store.alertSettings(), "never saved: no mail, threshold 2");
            store.saveAlertSettings(saved);
            UserError refused = assertThrows(UserError.class, () -> store.saveAlertSettings(
                    mail("smtp.acme.fr", 587, "", "", "bizsync@acme.fr", List.of(), 3)));
            assertEquals("settings.alerts.recipients.required", refused.key());
        }
        try (SqliteSettingsStore reopened = SqliteSettingsStore.open(home)) {
            assertEquals(saved, reopened.alertSettings(), "the refused page changed nothing");
            assertTrue(saved.toString().contains("password=***"));
        }
    }

    @Test
    void theAlertStateIsKeptPerCodeAndGoesWithItsCompany() {
        try (SqliteSettingsStore store = SqliteSettingsStore.open(home)) {
            store.saveCompany(new Company("BIJOU", "Bijoux", "BIJOU_MAE", "", Set.of(ViewId.CASH_POSITION)));
            Instant since = Instant.parse("2026-12-01T05:00:00Z");
            AlertState open = new AlertState("BIJOU", 2, since, "La plateforme est injoignable.", null, since,
                    AlertState.Cause.FAILURES, true, null, null, null);
            assertEquals(open, store.updateAlertState("BIJOU", s -> {
                assertEquals(AlertState.initial("BIJOU"), s, "nothing known yet");
                return open;
            }));
            assertEquals(List.of(open), store.alertStates());
            store.deleteCompany("BIJOU");
            assertEquals(List.of(), store.alertStates(), "a deleted company has no incident left");
        }
    }
}
