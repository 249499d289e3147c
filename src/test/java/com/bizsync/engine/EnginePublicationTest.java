package com.bizsync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.cli.DemoSetup;
import com.bizsync.settings.Company;
import com.bizsync.settings.JournalEntry;
import com.bizsync.settings.JournalEntry.Operation;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.testing.WithDemoWorld;
import com.bizsync.testing.Json;
import com.bizsync.testing.MobileReader;
import com.bizsync.views.ExtractionSettings;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Publishing the demo companies and family, then reading them as mobile users with different grants. */
class EnginePublicationTest extends WithDemoWorld {

    private static Set<String> viewIds(JsonNode publication) {
        Set<String> ids = new TreeSet<>();
        publication.path("views").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    private static Set<String> ids(java.util.Collection<ViewId> views) {
        return views.stream().map(ViewId::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theJournalOfAPublicationReadsInTheLanguageOfWhoeverLooks() {
        OperationResult result = world.engine.publish(world.code(0), ProgressListener.NONE, Cancellation.none());
        assertTrue(result.success(), result.message());
        assertEquals("17 vues publiées (2 Ko envoyés).", world.journal().get(0).message());
        com.bizsync.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        assertEquals("17 views published (2 KB sent).", world.journal().get(0).message());
        assertEquals("17 views published (2 KB sent).", result.message(), "a result on screen follows the switch too");
        OperationResult users = world.engine.publishUsers();
        assertEquals("2 mobile users sent to the platform.", users.message());
        com.bizsync.i18n.Messages.setLocale(java.util.Locale.FRENCH);
        assertEquals("2 utilisateurs mobiles envoyés à la plateforme.", world.journal().get(0).message());
    }

    @Test
    void publishAllThenEachUserSeesExactlyWhatWasGranted() {
        List<OperationResult> results = world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        results.forEach(r -> assertTrue(r.success(), r.company() + ": " + r.message()));
        int codes = world.companies.size() + 1;
        assertEquals(codes + 1, results.size(), "one result per company and family, plus the users");

        List<JournalEntry> journal = world.journal();
        assertEquals(codes + 1, journal.size(), "one journal row each");
        Set<String> journalled = journal.stream().filter(e -> e.operation() == Operation.PUBLISH)
                .map(JournalEntry::company).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        world.companies.forEach(c -> expected.add(c.code()));
        expected.add(DemoSetup.FAMILY);
        assertEquals(expected, new TreeSet<>(journalled));

        String first = world.code(0);
        String second = world.code(1);

        // direction: every view of every company and of the family, as extracted.
        String direction = world.directionToken(first);
        Set<String> listed = new TreeSet<>();
        world.phone.companies(direction).json().path("companies").forEach(c -> listed.add(c.path("code").asText()));
        assertEquals(expected, listed);
        for (String code : expected) {
            MobileReader.Answer views = world.phone.views(direction, code);
            assertEquals(200, views.status(), code);
            JsonNode preview = world.engine.preview(code);
            assertEquals(ids(List.of(ViewId.values())), viewIds(views.json()), code);
            assertEquals(Json.normalized(preview.path("views")), views.json().path("views"),
                    code + ": the figures sent are the figures read");
            assertEquals(world.store.company(code).map(c -> c.name()).orElse("Groupe démo"),
                    views.json().path("company").path("name").asText());
        }

        // commercial: the commercial views of the first company, nothing else.
        String commercial = world.commercialToken(first);
        MobileReader.Answer own = world.phone.views(commercial, first);
        assertEquals(200, own.status());
        assertEquals(ids(ViewId.ofDomain(ViewId.Domain.COMMERCIAL)), viewIds(own.json()));
        assertEquals(403, world.phone.views(commercial, second).status(), "no grant on the second company");
        assertEquals(403, world.phone.views(commercial, DemoSetup.FAMILY).status(), "no grant on the family");
        assertEquals(401, world.phone.signIn(DemoSetup.CUSTOMER, second, DemoSetup.COMMERCIAL,
                DemoSetup.COMMERCIAL_PASSWORD).status(), "cannot sign in on a company not granted");
    }

    @Test
    void aCompanysExtractionOptionsShapeWhatItPublishes() {
        Company company = world.store.company(world.code(0)).orElseThrow();
        world.store.saveCompany(new Company(company.code(), company.name(), company.accountingDatabase(),
                company.commercialDatabase(), company.views(), true,
                new ExtractionSettings(List.of(), List.of("530"), 1, 1)));
        JsonNode views = world.engine.preview(company.code()).path("views");
        // The demo's cash box is 530000; its banks (512…) are left out by the prefix.
        assertEquals(List.of("530000"), codes(views.path("cash_position")));
        // Customers by their city (CT_Statistique01), items by their variant (AR_Stat01).
        Set<String> cities = Set.of("Lyon", "Tours", "Nantes", "Angers", "Paris", "Lille", "Bordeaux", "Rennes", "Dijon",
                "Annecy", "Nice", "Metz", "Reims", "Blois", "Orléans", "Vannes", "Pau", "Caen");
        List<String> customerGroups = codes(views.path("top5_customer_categories_year"));
        assertEquals(5, customerGroups.size(), customerGroups.toString());
        assertTrue(cities.containsAll(customerGroups), customerGroups.toString());
        Set<String> variants = Set.of("standard", "modèle A", "modèle B", "taille S", "taille M", "taille L",
                "édition limitée", "classique");
        List<String> itemGroups = codes(views.path("top5_item_families_year"));
        assertEquals(5, itemGroups.size(), itemGroups.toString());
        assertTrue(variants.containsAll(itemGroups), itemGroups.toString());
    }

    private static List<String> codes(JsonNode view) {
        List<String> codes = new ArrayList<>();
        view.path("rows").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    @Test
    void theFamilyAddsUpItsCompanies() {
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        var family = world.store.families().get(0);
        double sum = 0;
        for (String member : family.companyCodes()) {
            sum += world.engine.preview(member).path("views").path("sales_revenue").path("year").asDouble();
        }
        JsonNode read = world.phone.views(world.directionToken(DemoSetup.FAMILY), DemoSetup.FAMILY).json();
        assertEquals(sum, read.path("views").path("sales_revenue").path("year").asDouble(), 0.011);
        assertTrue(sum > 0, "the demo companies have sales");
    }

    @Test
    void deletedDataIsGoneForTheReader() {
        String first = world.code(0);
        String second = world.code(1);
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        String token = world.directionToken(first);

        OperationResult deleted = world.engine.deletePublication(first, ProgressListener.NONE, Cancellation.none());
        assertTrue(deleted.success(), deleted.message());
        assertEquals(404, world.phone.views(token, first).status());
        assertEquals(200, world.phone.views(token, second).status(), "the other company stays");
        assertEquals(Operation.DELETE_PUBLICATION, world.journal().get(0).operation());

        OperationResult company = world.engine.deleteCompany(second, ProgressListener.NONE, Cancellation.none());
        assertTrue(company.success(), company.message());
        assertFalse(world.store.company(second).isPresent(), "removed from the settings");
        MobileReader.Answer gone = world.phone.views(token, second);
        assertEquals(403, gone.status(), "the grant went with the company, and the data is gone");
        assertEquals("not_granted", gone.error());
        assertTrue(world.store.families().get(0).companyCodes().stream().noneMatch(second::equals));

        OperationResult all = world.engine.deleteAllPlatformData(ProgressListener.NONE, Cancellation.none());
        assertTrue(all.success(), all.message());
        assertEquals(401, world.phone.signIn(DemoSetup.CUSTOMER, first, DemoSetup.DIRECTION,
                DemoSetup.DIRECTION_PASSWORD).status(), "users are gone too");
    }

    @Test
    void aWrongPortalPasswordIsExplainedAndJournalled() {
        PortalSettings wrong = new PortalSettings(world.platform.url(), DemoSetup.CUSTOMER, "not-the-password");
        OperationResult result = world.engine.testPortal(wrong, ProxySettings.SYSTEM);
        assertFalse(result.success());
        String sentence = "La plateforme a refusé le code client ou le mot de passe : vérifiez-les dans les identifiants portail.";
        assertEquals(sentence, result.message());
        JournalEntry row = world.journal().get(0);
        assertEquals(JournalEntry.Status.ERROR, row.status());
        assertEquals(Operation.TEST_PORTAL, row.operation());
        assertEquals(sentence, row.message());

        OperationResult right = world.engine.testPortal(world.store.portal(), ProxySettings.SYSTEM);
        assertTrue(right.success(), right.message());
        assertTrue(right.message().contains(DemoSetup.CUSTOMER), right.message());
    }

    @Test
    void anUnknownCompanyCodeAtSignInIsRefusedLikeAWrongPassword() {
        world.engine.publishAll(ProgressListener.NONE, Cancellation.none());
        MobileReader.Answer answer = world.phone.signIn(DemoSetup.CUSTOMER, "NOSUCH", DemoSetup.DIRECTION,
                DemoSetup.DIRECTION_PASSWORD);
        assertEquals(401, answer.status());
        assertEquals("bad_credentials", answer.error());
    }

    @Test
    void publishingAnUnknownCodeSaysSoWithoutTouchingThePlatform() {
        OperationResult result = world.engine.publish("NOSUCH", ProgressListener.NONE, Cancellation.none());
        assertFalse(result.success());
        assertEquals("Aucune société ni famille n'a le code « NOSUCH » dans les paramètres : vérifiez le code.",
                result.message());
        assertEquals("NOSUCH", world.journal().get(0).company());
    }

    @Test
    void progressGoesThroughEveryStepInOrder() {
        List<String> steps = new ArrayList<>();
        OperationResult result = world.engine.publish(world.code(0), (company, fraction, step) -> steps.add(step),
                Cancellation.none());
        assertTrue(result.success(), result.message());
        assertEquals(List.of("Connexion aux bases de données", "Extraction des indicateurs", "Envoi à la plateforme",
                "Envoi des utilisateurs et de leurs droits", "Terminé"), steps);
    }

    @Test
    void eachCompanyTestsItsDatabases() {
        var companies = new ArrayList<>(world.store.companies());
        var broken = new com.bizsync.settings.Company("BROKEN", "Cassée", tmp.resolve("absent.db").toString(), "",
                Set.of(ViewId.CASH_POSITION));
        companies.add(broken);
        List<OperationResult> results = world.engine.testDatabases(world.store.databaseLogin(), companies);
        assertEquals(companies.size(), results.size());
        for (int i = 0; i < companies.size() - 1; i++) {
            assertTrue(results.get(i).success(), results.get(i).message());
        }
        OperationResult failed = results.get(results.size() - 1);
        assertFalse(failed.success());
        assertTrue(failed.message().startsWith("Échec de connexion au fichier comptable « " + tmp.resolve("absent.db")),
                failed.message());
        assertTrue(failed.message().contains("n'existe pas"), failed.message());
    }
}
