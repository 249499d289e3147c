package com.bizsync.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.bizsync.i18n.Messages;
import com.bizsync.i18n.UserError;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a company, a family or a published view leaves no dangling member or grant behind. */
class CompanyCleanupTest {
    @TempDir
    Path home;
    SqliteSettingsStore store;

    static final Company BIJOU = new Company("BIJOU", "Bijoux du Sud", "MAE", "GCM",
            Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION));
    static final Company GARAGE = new Company("GARAGE", "Garage", "MAE2", "", Set.of(ViewId.CASH_POSITION));
    static final Family GROUPE = new Family("GROUPE", "Groupe", List.of("BIJOU", "GARAGE"), Set.of(ViewId.CASH_POSITION));

    @BeforeEach
    void registerCompaniesAFamilyAndAUser() {
        Messages.setLocale(Locale.FRENCH);
        store = SqliteSettingsStore.open(home);
        store.saveCompany(BIJOU);
        store.saveCompany(GARAGE);
        store.saveFamily(GROUPE);
        store.saveUser(new MobileUser("jean", "Jean", "", Map.of(
                "BIJOU", Set.of(ViewId.SALES_REVENUE, ViewId.CASH_POSITION),
                "GARAGE", Set.of(ViewId.CASH_POSITION),
                "GROUPE", Set.of(ViewId.CASH_POSITION))), "secret1");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void deletingACompanyRemovesItsFamilyMembershipAndGrants() {
        store.deleteCompany("BIJOU");
        assertEquals(List.of(GARAGE), store.companies());
        assertEquals(List.of("GARAGE"), store.families().get(0).companyCodes());
        assertEquals(Map.of("GARAGE", Set.of(ViewId.CASH_POSITION), "GROUPE", Set.of(ViewId.CASH_POSITION)),
                store.user("jean").orElseThrow().grants());
    }

    @Test
    void deletingAFamilyRemovesItsGrantsButNotItsCompanies() {
        store.deleteFamily("GROUPE");
        assertEquals(List.of(), store.families());
        assertEquals(2, store.companies().size());
        assertEquals(Set.of("BIJOU", "GARAGE"), store.user("jean").orElseThrow().grants().keySet());
    }

    @Test
    void aViewNoLongerPublishedIsNoLongerGranted() {
        store.saveCompany(new Company("BIJOU", "Bijoux du Sud", "MAE", "GCM", Set.of(ViewId.SALES_REVENUE)));
        assertEquals(Set.of(ViewId.SALES_REVENUE), store.user("jean").orElseThrow().grants().get("BIJOU"));
        store.saveFamily(new Family("GROUPE", "Groupe", List.of("BIJOU"), Set.of(ViewId.SALES_REVENUE)));
        assertEquals(Set.of("BIJOU", "GARAGE"), store.user("jean").orElseThrow().grants().keySet());
    }

    @Test
    void replacingACompanyKeepsItsFamilyMembership() {
        store.saveCompany(new Company("GARAGE", "Garage renommé", "MAE2", "", Set.of(ViewId.CASH_POSITION)));
        assertEquals(List.of("BIJOU", "GARAGE"), store.families().get(0).companyCodes());
        assertEquals(Set.of(ViewId.CASH_POSITION), store.user("jean").orElseThrow().grants().get("GARAGE"));
    }

    @Test
    void grantsOnlyOnExistingCodesAndPublishedViews() {
        UserError unknown = assertThrows(UserError.class, () -> store.saveUser(new MobileUser("marc", "Marc", "",
                Map.of("NOPE", Set.of(ViewId.CASH_POSITION))), "secret1"));
        assertEquals("Le code NOPE ne correspond à aucune société ni famille : retirez ce droit à l’utilisateur.",
                unknown.getMessage());
        UserError notPublished = assertThrows(UserError.class, () -> store.saveUser(new MobileUser("marc", "Marc", "",
                Map.of("GARAGE", Set.of(ViewId.SALES_REVENUE))), "secret1"));
        assertEquals("settings.user.grant.viewNotPublished", notPublished.key());
        assertEquals(1, store.users().size(), "nothing stored");
    }

    @Test
    void aFamilyCannotTakeACompanyCodeNorTheReverse() {
        UserError family = assertThrows(UserError.class, () ->
                store.saveFamily(new Family("BIJOU", "F", List.of("GARAGE"), Set.of())));
        assertEquals("Le code BIJOU est déjà celui de la société « Bijoux du Sud » : choisissez-en un autre.",
                family.getMessage());
        assertEquals("settings.code.takenByFamily", assertThrows(UserError.class, () ->
                store.saveCompany(new Company("GROUPE", "C", "MAE", "", Set.of()))).key());
        assertEquals("settings.family.companies.unknown", assertThrows(UserError.class, () ->
                store.saveFamily(new Family("F2", "F", List.of("NOPE"), Set.of()))).key());
    }

    @Test
    void emptyGrantsAreNotKept() {
        store.saveUser(new MobileUser("jean", "Jean", "", Map.of("BIJOU", Set.of(), "GARAGE",
                Set.of(ViewId.CASH_POSITION))), "");
        assertEquals(Map.of("GARAGE", Set.of(ViewId.CASH_POSITION)), store.user("jean").orElseThrow().grants());
    }
}
