package com.bizsync.settings;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The settings as JSON for a support bundle. Built field by field from a whitelist, so no
 * password, bcrypt hash or ciphertext can slip in: a password only shows as
 * {@code "stored"}, {@code "none"} or {@code "unreadable"}.
 */
public final class SettingsExport {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A JDBC URL typed as a company database may carry a password parameter. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)((?:password|pwd)\\s*=)[^;&]*");

    private SettingsExport() {
    }

    public static void write(SettingsStore store, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(store, out);
        }
    }

    public static void write(SettingsStore store, OutputStream out) throws IOException {
        JSON.writeValue(out, toJson(store));
    }

    public static ObjectNode toJson(SettingsStore store) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "bizsync-settings");
        root.put("version", FORMAT_VERSION);
        root.put("exportedAt", Instant.now().toString());

        PortalSettings portal = readable(store::portal, PortalSettings.class);
        ObjectNode p = root.putObject("portal");
        p.put("platformUrl", portal.platformUrl());
        p.put("customerCode", portal.customerCode());
        p.put("password", passwordState(store::portal, portal.password()));

        DatabaseLogin login = readable(store::databaseLogin, DatabaseLogin.class);
        ObjectNode d = root.putObject("databaseLogin");
        d.put("host", login.host());
        d.put("instance", login.instance());
        d.put("port", login.port());
        d.put("authentication", String.valueOf(login.authentication()));
        d.put("domain", login.domain());
        d.put("user", login.user());
        d.put("password", passwordState(store::databaseLogin, login.password()));

        ProxySettings proxy = readable(store::proxy, ProxySettings.class);
        ObjectNode x = root.putObject("proxy");
        x.put("mode", String.valueOf(proxy.mode()));
        x.put("host", proxy.host());
        x.put("port", proxy.port());
        x.put("user", proxy.user());
        x.put("password", passwordState(store::proxy, proxy.password()));

        Schedule schedule = store.schedule();
        ObjectNode s = root.putObject("schedule");
        s.put("frequency", String.valueOf(schedule.frequency()));
        s.put("weekDay", String.valueOf(schedule.weekDay()));
        s.put("timesPerDay", schedule.timesPerDay());
        s.put("firstRun", String.valueOf(schedule.firstRun()));
        s.put("intervalHours", schedule.intervalHours());

        AlertSettings alerts = readable(store::alertSettings, AlertSettings.class);
        ObjectNode a = root.putObject("alerts");
        a.put("smtpHost", alerts.smtpHost());
        a.put("smtpPort", alerts.smtpPort());
        a.put("security", String.valueOf(alerts.security()));
        a.put("login", alerts.login());
        a.put("password", passwordState(store::alertSettings, alerts.password()));
        a.put("sender", alerts.sender());
        strings(a.putArray("recipients"), alerts.recipients(), Function.identity());
        a.put("failureThreshold", alerts.failureThreshold());

        strings(root.putArray("revenuePrefixes"), store.revenuePrefixes(), Function.identity());

        ArrayNode companies = root.putArray("companies");
        for (Company company : store.companies()) {
            ObjectNode c = companies.addObject();
            c.put("code", company.code());
            c.put("name", company.name());
            c.put("accountingDatabase", withoutPassword(company.accountingDatabase()));
            c.put("commercialDatabase", withoutPassword(company.commercialDatabase()));
            strings(c.putArray("views"), company.views(), ViewId::id);
            c.put("revenuePrefixes", String.join(",", company.extraction().revenuePrefixes()));
            c.put("cashPrefixes", String.join(",", company.extraction().cashPrefixes()));
            c.put("customerStatistic", company.extraction().customerStatistic());
            c.put("itemStatistic", company.extraction().itemStatistic());
        }

        ArrayNode families = root.putArray("families");
        for (Family family : store.families()) {
            ObjectNode f = families.addObject();
            f.put("code", family.code());
            f.put("name", family.name());
            strings(f.putArray("companies"), family.companyCodes(), Function.identity());
            strings(f.putArray("views"), family.views(), ViewId::id);
        }

        ArrayNode users = root.putArray("users");
        for (MobileUser user : store.users()) {
            ObjectNode u = users.addObject();
            u.put("login", user.login());
            u.put("name", user.name());
            ObjectNode grants = u.putObject("grants");
            new TreeMap<>(user.grants()).forEach((code, views) -> strings(grants.putArray(code), views, ViewId::id));
        }

        strings(root.putArray("wizardStepsCompleted"), store.completedWizardSteps(), Function.identity());
        return root;
    }

    /** A page whose password this machine cannot decrypt still exports its other fields. */
    private static <T extends Record> T readable(Supplier<T> page, Class<T> type) {
        try {
            return page.get();
        } catch (SecretUnreadableError e) {
            return e.settingsWithoutPassword(type);
        }
    }

    private static String passwordState(Supplier<?> page, String password) {
        try {
            page.get();
        } catch (SecretUnreadableError e) {
            return "unreadable";
        }
        return password == null || password.isEmpty() ? "none" : "stored";
    }

    static String withoutPassword(String databaseReference) {
        return databaseReference == null ? null : URL_PASSWORD.matcher(databaseReference).replaceAll("$1***");
    }

    /** Lists keep their order (it matters for prefixes and members); sets are sorted for stable output. */
    private static <T> void strings(ArrayNode array, Collection<T> items, Function<T, String> text) {
        if (items instanceof List<T> list) {
            list.stream().map(text).forEach(array::add);
        } else {
            items.stream().map(text).sorted().forEach(array::add);
        }
    }
}
