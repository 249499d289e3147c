package com.bizsync.cli;

import com.bizsync.demo.DemoCompany;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.PasswordHashes;
import com.bizsync.platform.SqlitePlatformStorage;
import com.bizsync.settings.Company;
import com.bizsync.settings.Family;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.SettingsStore;
import com.bizsync.source.SourceConnector;
import com.bizsync.source.SourceSpec;
import com.bizsync.views.ExtractOptions;
import com.bizsync.views.FiscalYear;
import com.bizsync.views.ViewExtractor;
import com.bizsync.views.ViewId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the demo puts in place: the platform customer {@code DEMO}, and, when the settings hold
 * no company yet, the demo companies with all their views, a family of two companies sharing a
 * fiscal calendar, and two mobile users with different grants. Demo settings already there are
 * kept (only the platform address follows the port the demo platform got); the settings of a
 * real installation (another customer code) are refused, never changed.
 */
public final class DemoSetup {
    public static final String CUSTOMER = "DEMO";
    /** Known on purpose: the demo platform listens on 127.0.0.1 only and holds demo data only. */
    public static final String CUSTOMER_PASSWORD = "demo-bizsync";
    public static final String FAMILY = "GROUPE";
    public static final String DIRECTION = "direction";
    public static final String DIRECTION_PASSWORD = "direction-demo";
    public static final String COMMERCIAL = "commercial";
    public static final String COMMERCIAL_PASSWORD = "commercial-demo";

    private DemoSetup() {
    }

    public record Login(String login, String password, String companies) {
    }

    public record Logins(List<Login> list) {
    }

    /** Creates the demo customer on the platform, or resets its password to the demo one. */
    public static void ensureCustomer(Path platformData) {
        String hash = PasswordHashes.hash(CUSTOMER_PASSWORD.toCharArray());
        try (SqlitePlatformStorage storage = SqlitePlatformStorage.open(platformData)) {
            if (!storage.addCustomer(CUSTOMER, "Démo BizSync", hash)) {
                storage.setCustomerPassword(CUSTOMER, hash);
            }
        }
    }

    /** Refuses the settings of a real installation: the demo must not publish its companies. */
    public static void requireDemoOrEmpty(SettingsStore store) {
        String customer = store.portal().customerCode();
        if (customer != null && !customer.isBlank() && !customer.equals(CUSTOMER)) {
            throw new UserError("engine.demo.otherSettings", customer);
        }
    }

    public static Logins fillSettings(SettingsStore store, String platformUrl, List<DemoCompany> demo) {
        requireDemoOrEmpty(store);
        store.savePortal(new PortalSettings(platformUrl, CUSTOMER, CUSTOMER_PASSWORD));
        if (store.companies().isEmpty()) {
            fill(store, demo);
        }
        List<Login> logins = new ArrayList<>();
        store.user(DIRECTION).ifPresent(u -> logins.add(new Login(DIRECTION, DIRECTION_PASSWORD, codes(u))));
        store.user(COMMERCIAL).ifPresent(u -> logins.add(new Login(COMMERCIAL, COMMERCIAL_PASSWORD, codes(u))));
        return new Logins(logins);
    }

    private static String codes(MobileUser user) {
        return String.join(", ", new java.util.TreeSet<>(user.grants().keySet()));
    }

    private static void fill(SettingsStore store, List<DemoCompany> demo) {
        Set<ViewId> all = EnumSet.allOf(ViewId.class);
        Map<String, Set<ViewId>> directionGrants = new LinkedHashMap<>();
        for (DemoCompany company : demo) {
            String file = company.file().toString();
            store.saveCompany(new Company(company.code(), company.name(), file, file, all));
            directionGrants.put(company.code(), all);
        }
        List<String> members = sameFiscalYear(demo);
        if (members.size() >= 2) {
            store.saveFamily(new Family(FAMILY, "Groupe démo", members, all));
            directionGrants.put(FAMILY, all);
        }
        store.saveUser(new MobileUser(DIRECTION, "Direction générale", null, directionGrants), DIRECTION_PASSWORD);
        Set<ViewId> commercialViews = EnumSet.copyOf(ViewId.ofDomain(ViewId.Domain.COMMERCIAL));
        store.saveUser(new MobileUser(COMMERCIAL, "Direction commerciale", null,
                Map.of(demo.get(0).code(), commercialViews)), COMMERCIAL_PASSWORD);
    }

    /** The first two demo companies whose current fiscal years are the same (a family needs that). */
    private static List<String> sameFiscalYear(List<DemoCompany> demo) {
        Map<FiscalYear, List<String>> byYear = new LinkedHashMap<>();
        for (DemoCompany company : demo) {
            byYear.computeIfAbsent(fiscalYear(company.file()), y -> new ArrayList<>()).add(company.code());
        }
        return byYear.values().stream().filter(codes -> codes.size() >= 2).findFirst()
                .map(codes -> codes.subList(0, 2)).orElse(List.of());
    }

    private static FiscalYear fiscalYear(Path file) {
        try (Connection connection = SourceConnector.open(SourceSpec.of(file.toString(), "", ""))) {
            return ViewExtractor.extract(connection, null, ExtractOptions.defaults(LocalDate.now())).fiscalYear();
        } catch (SQLException e) {
            throw new UserError(e, "engine.demo.unreadable", file);
        }
    }
}
