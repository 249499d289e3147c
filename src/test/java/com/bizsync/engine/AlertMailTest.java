package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.alerts.Incident;
import com.bizsync.cli.DemoSetup;
import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.settings.AlertSettings;
import com.bizsync.settings.AlertState;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.Schedule;
import com.bizsync.testing.DemoWorld;
import com.bizsync.testing.MutableClock;
import com.bizsync.testing.WithDemoWorld;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alert mails end to end: the real platform on 127.0.0.1 (stopped to make runs fail), the real
 * settings store and a real SMTP server (GreenMail) that receives what BizSync sends. The
 * engine's clock is moved from one scheduled run to the next (daily at 06:00, Paris time).
 */
class AlertMailTest extends WithDemoWorld {
    private static final String SMTP_LOGIN = "alertes";
    private static final String SMTP_PASSWORD = "Smtp-Pass-4";
    private static final List<String> RECIPIENTS = List.of("direction@acme.test", "informatique@acme.test");

    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    /** Monday 30 November 2026, 06:00 in Paris. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T05:00:00Z"), ZoneId.of("Europe/Paris"));
    private DefaultEngine engine;
    private String code;

    @BeforeEach
    void oneScheduledCompanyAndMailSettings() {
        code = world.code(0);
        // One company in the schedule, so one incident: the others and the family are removed.
        world.store.deleteFamily(DemoSetup.FAMILY);
        world.companies.stream().skip(1).forEach(c -> world.store.deleteCompany(c.code()));
        world.store.saveSchedule(new Schedule(Schedule.Frequency.DAILY, DayOfWeek.MONDAY, 1, LocalTime.of(6, 0), 1));
        smtp.setUser("alertes@acme.test", SMTP_LOGIN, SMTP_PASSWORD);
        world.store.saveAlertSettings(mailSettings(SMTP_PASSWORD));
        engine = new DefaultEngine(world.store, clock, () -> DemoDatabaseGenerator.REFERENCE_DAY, DemoWorld.FAST);
    }

    private AlertSettings mailSettings(String password) {
        return new AlertSettings("127.0.0.1", smtp.getSmtp().getPort(), AlertSettings.Security.NONE, SMTP_LOGIN,
                password, "bizsync@acme.test", RECIPIENTS, AlertSettings.DEFAULT_THRESHOLD);
    }

    /** What the runner does at a scheduled time. */
    private List<OperationResult> scheduledRun() {
        return engine.publishAll(ProgressListener.NONE, Cancellation.none(), Operation.SCHEDULED_RUN);
    }

    private OperationResult companyRun(List<OperationResult> results) {
        return results.stream().filter(r -> r.company().equals(code)).findFirst().orElseThrow();
    }

    /** Received mails, one per message sent (GreenMail keeps a copy per recipient mailbox). */
    private Map<String, MimeMessage> mails() throws Exception {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            byId.putIfAbsent(message.getMessageID(), message);
        }
        return byId;
    }

    private List<MimeMessage> mailList() throws Exception {
        return List.copyOf(mails().values());
    }

    @Test
    void twoFailedRunsSendOneMailTheRecoveryOneMoreAndAThirdFailureNothing() throws Exception {
        assertTrue(companyRun(scheduledRun()).success(), "Monday 06:00: published");
        assertEquals(0, smtp.getReceivedMessages().length);

        world.platform.stop();
        clock.advance(Duration.ofDays(1));
        OperationResult first = companyRun(scheduledRun());
        assertFalse(first.success(), "Tuesday 06:00: the platform is stopped");
        assertEquals(0, mails().size(), "one failed run is not an incident yet");
        assertTrue(engine.incidents().isEmpty());

        clock.advance(Duration.ofDays(1));
        OperationResult second = companyRun(scheduledRun());
        assertFalse(second.success(), "Wednesday 06:00");
        assertEquals(1, mails().size(), "the second failed run in a row sends one mail");
        MimeMessage alert = mailList().get(0);
        assertEquals("BizSync – BIJOU (Bijoux Lumière SARL) : la publication échoue depuis le mardi 1 décembre 2026"
                + " à 06:00", alert.getSubject());
        assertEquals(List.of("direction@acme.test", "informatique@acme.test"), addresses(alert.getRecipients(
                Message.RecipientType.TO)));
        assertEquals("bizsync@acme.test", ((jakarta.mail.internet.InternetAddress) alert.getFrom()[0]).getAddress());
        String body = body(alert);
        String unreachable = "La plateforme 127.0.0.1:" + world.platform.port() + " est injoignable : vérifiez l'adresse"
                + " et le port dans les identifiants portail, la connexion Internet et le pare-feu.";
        assertTrue(body.contains("BizSync n’arrive plus à publier les chiffres de BIJOU (Bijoux Lumière SARL) : les 2"
                + " dernières publications ont échoué, la première le mardi 1 décembre 2026 à 06:00."), body);
        assertTrue(body.contains("dernière publication réussie (lundi 30 novembre 2026 à 06:00)"), body);
        assertTrue(body.contains("Dernière erreur : " + unreachable), body);
        assertTrue(body.contains("Que faire : corrigez ce que dit l’erreur ci-dessus, puis publiez la société"), body);
        assertEquals(second.message(), unreachable, "the mail quotes the run's own sentence");

        List<Incident> open = engine.incidents();
        assertEquals(1, open.size());
        assertEquals(new Incident("BIJOU", "Bijoux Lumière SARL", AlertState.Cause.FAILURES,
                Instant.parse("2026-12-01T05:00:00Z"), 2, unreachable, Instant.parse("2026-11-30T05:00:00Z")), open.get(0));

        clock.advance(Duration.ofDays(1));
        assertFalse(companyRun(scheduledRun()).success(), "Thursday 06:00");
        assertEquals(1, mails().size(), "a third failure in the same incident sends nothing");
        assertEquals(3, engine.incidents().get(0).failures());

        world.platform.restart();
        clock.advance(Duration.ofDays(1));
        assertTrue(companyRun(scheduledRun()).success(), "Friday 06:00: the platform is back");
        assertEquals(2, mails().size(), "the recovery sends one more mail");
        MimeMessage recovery = mailList().get(1);
        assertEquals("BizSync – BIJOU (Bijoux Lumière SARL) : la publication fonctionne de nouveau",
                recovery.getSubject());
        assertTrue(body(recovery).contains("La publication de BIJOU (Bijoux Lumière"
                + " SARL) a réussi le vendredi 4 décembre 2026 à 06:00. L’incident commencé le mardi 1 décembre 2026 à"
                + " 06:00 est terminé"), body(recovery));
        assertEquals(RECIPIENTS, addresses(recovery.getRecipients(Message.RecipientType.TO)));
        assertTrue(engine.incidents().isEmpty(), "no banner once recovered");

        clock.advance(Duration.ofDays(1));
        assertTrue(companyRun(scheduledRun()).success());
        assertEquals(2, mails().size(), "nothing more while all is well");

        List<JournalEntry> mailRows = world.journal().stream().filter(e -> e.operation() == Operation.ALERT_MAIL).toList();
        assertEquals(2, mailRows.size(), "each mail is journalled");
        assertEquals("Courriel de rétablissement de BIJOU envoyé à direction@acme.test, informatique@acme.test.",
                mailRows.get(0).message());
        assertEquals("Alerte sur BIJOU envoyée à direction@acme.test, informatique@acme.test.", mailRows.get(1).message());
        assertEquals("BIJOU", mailRows.get(1).company());
    }

    @Test
    void aCompanyNotPublishedForLongerThanTheScheduleAllowsIsLateOnceThenRecovers() throws Exception {
        assertTrue(companyRun(scheduledRun()).success(), "Monday 06:00: published, then nothing runs any more");
        assertEquals("2026-12-01T06:00:00Z", world.phone.views(world.directionToken(code), code).json()
                .path("nextExpectedAt").asText(), "the publication says the next is due Tuesday 06:00 (+1 h of grace)");

        // Two scheduled runs (Tuesday and Wednesday 06:00) and the hour of grace have not all passed.
        clock.advance(Duration.ofHours(48 + 1));
        assertTrue(engine.reviewAlerts().isEmpty(), "Wednesday 07:00 is not yet late");
        assertEquals(0, mails().size());

        clock.advance(Duration.ofMinutes(1));
        List<Incident> late = engine.reviewAlerts();
        assertEquals(List.of(new Incident("BIJOU", "Bijoux Lumière SARL", AlertState.Cause.LATE,
                Instant.parse("2026-12-02T06:00:00Z"), 0, "", Instant.parse("2026-11-30T05:00:00Z"))), late);
        assertEquals(1, mails().size());
        MimeMessage alert = mailList().get(0);
        assertEquals("BizSync – BIJOU (Bijoux Lumière SARL) : chiffres non mis à jour depuis le lundi 30 novembre 2026"
                + " à 06:00", alert.getSubject());
        String body = body(alert);
        assertTrue(body.contains("une nouvelle publication aurait dû réussir au plus tard le mercredi 2 décembre 2026 à"
                + " 07:00."), body);
        assertTrue(body.contains("Dernière erreur : aucune : la publication n’a pas été lancée"), body);
        assertTrue(body.contains("vérifiez que le planificateur BizSync fonctionne"), body);

        clock.advance(Duration.ofHours(3));
        engine.reviewAlerts();
        assertEquals(1, mails().size(), "one mail per incident");

        assertTrue(engine.publish(code, ProgressListener.NONE, Cancellation.none()).success());
        assertEquals(2, mails().size());
        assertEquals("BizSync – BIJOU (Bijoux Lumière SARL) : la publication fonctionne de nouveau",
                mailList().get(1).getSubject());
        assertTrue(engine.reviewAlerts().isEmpty());
    }

    @Test
    void aCompanyTheScheduleDoesNotTakeIsNeverLate() throws Exception {
        world.store.saveCompany(world.store.company(code).orElseThrow().withToExtract(false));
        assertTrue(engine.publish(code, ProgressListener.NONE, Cancellation.none()).success(), "published by hand");
        assertTrue(world.phone.views(world.directionToken(code), code).json().path("nextExpectedAt").isMissingNode(),
                "no next publication is expected: the schedule does not take it");
        clock.advance(Duration.ofDays(10));
        assertTrue(engine.reviewAlerts().isEmpty());
        assertEquals(0, mails().size());
    }

    @Test
    void theMailIsInTheConsolesLanguage() throws Exception {
        world.store.saveLanguage(Locale.ENGLISH);
        world.platform.stop();
        scheduledRun();
        clock.advance(Duration.ofDays(1));
        scheduledRun();
        assertEquals(1, mails().size());
        MimeMessage alert = mailList().get(0);
        assertEquals("BizSync – BIJOU (Bijoux Lumière SARL): publication failing since Monday 30 November 2026 at 06:00",
                alert.getSubject());
        String body = body(alert);
        assertTrue(body.contains("the last 2 publications failed, the first one on Monday 30 November 2026 at 06:00."), body);
        assertTrue(body.contains("Phones still show the figures of the last successful publication (no successful"
                + " publication is known)."), body);
        assertTrue(body.contains("What to do: fix what the error above says"), body);
    }

    @Test
    void aMailThatCannotBeSentIsJournalledAndSentLater() throws Exception {
        world.store.saveAlertSettings(mailSettings("wrong-password"));
        world.platform.stop();
        scheduledRun();
        clock.advance(Duration.ofDays(1));
        scheduledRun();
        assertEquals(0, mails().size());
        JournalEntry refused = world.journal().stream().filter(e -> e.operation() == Operation.ALERT_MAIL)
                .findFirst().orElseThrow();
        assertEquals(JournalEntry.Status.ERROR, refused.status());
        assertEquals("Le serveur SMTP 127.0.0.1:" + smtp.getSmtp().getPort() + " a refusé l’identifiant ou le mot de"
                + " passe : vérifiez-les dans Paramètres > Alertes.", refused.message());
        assertFalse(refused.message().contains("wrong-password"));

        world.store.saveAlertSettings(mailSettings(SMTP_PASSWORD));
        clock.advance(AlertDesk.RETRY_AFTER.minusMinutes(1));
        engine.reviewAlerts();
        assertEquals(0, mails().size(), "not tried again at once");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, engine.reviewAlerts().size(), "the banner stays on while the incident lasts");
        assertEquals(1, mails().size(), "sent once the SMTP settings are right");
    }

    @Test
    void theTestButtonSendsATestMailAndJournalsIt() throws Exception {
        OperationResult sent = engine.testAlertMail(mailSettings(SMTP_PASSWORD));
        assertTrue(sent.success(), sent.message());
        assertEquals("Message d’essai envoyé à direction@acme.test, informatique@acme.test : vérifiez qu’il est bien"
                + " arrivé.", sent.message());
        assertEquals(1, mails().size());
        assertEquals("BizSync – message d’essai des alertes", mailList().get(0).getSubject());
        assertEquals(Operation.TEST_MAIL, world.journal().get(0).operation());

        OperationResult refused = engine.testAlertMail(mailSettings("wrong-password"));
        assertFalse(refused.success());
        assertEquals("Le serveur SMTP 127.0.0.1:" + smtp.getSmtp().getPort() + " a refusé l’identifiant ou le mot de"
                + " passe : vérifiez-les dans Paramètres > Alertes.", refused.message());

        AlertSettings closedPort = new AlertSettings("127.0.0.1", 1, AlertSettings.Security.NONE, "", "",
                "bizsync@acme.test", RECIPIENTS, 2);
        assertEquals("Le serveur SMTP 127.0.0.1:1 est injoignable : vérifiez son nom et son port dans Paramètres >"
                + " Alertes, et que le pare-feu laisse passer la connexion.", engine.testAlertMail(closedPort).message());

        AlertSettings nothing = AlertSettings.DEFAULTS;
        assertEquals("Saisissez le serveur SMTP, l’expéditeur et au moins un destinataire avant de tester l’envoi des"
                + " alertes.", engine.testAlertMail(nothing).message());
        AlertSettings badRecipient = new AlertSettings("127.0.0.1", smtp.getSmtp().getPort(),
                AlertSettings.Security.NONE, "", "", "bizsync@acme.test", List.of("direction.acme.test"), 2);
        assertEquals("« direction.acme.test » n’est pas une adresse électronique valide : séparez les adresses par des"
                + " virgules ou des retours à la ligne.", engine.testAlertMail(badRecipient).message());
        assertEquals(1, mails().size(), "no other mail went out");
    }

    @Test
    void starttlsIsRequiredNeverSkipped() throws Exception {
        // GreenMail's plain SMTP offers no STARTTLS: the login must not travel in clear.
        AlertSettings starttls = new AlertSettings("127.0.0.1", smtp.getSmtp().getPort(),
                AlertSettings.Security.STARTTLS, SMTP_LOGIN, SMTP_PASSWORD, "bizsync@acme.test", RECIPIENTS, 2);
        OperationResult refused = engine.testAlertMail(starttls);
        assertFalse(refused.success());
        assertEquals("Le serveur SMTP 127.0.0.1:" + smtp.getSmtp().getPort() + " ne propose pas STARTTLS : le mot de"
                + " passe et les messages passeraient en clair. Choisissez TLS (port 465) ou un autre serveur ; « Aucune »"
                + " seulement pour un relais interne sans identifiant.", refused.message());
        assertEquals(0, mails().size());
    }

    /** The text as the recipient reads it (decoded from quoted-printable). */
    private static String body(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    }
}
