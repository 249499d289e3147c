package com.bizsync.settings;

import com.bizsync.views.ViewId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The settings rules, each returning the first {@link Problem} found. {@link SettingsValidator}
 * shows them as sentences; {@link SqliteSettingsStore} throws them before saving.
 */
final class SettingsRules {
    /** Codes typed on the phone: company, family and customer codes (platform-api.md). */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+");
    private static final int CODE_MAX = 20;
    private static final int LOGIN_MAX = 64;
    private static final int PASSWORD_MIN = 6;
    private static final int PASSWORD_MAX = 64;
    /** bcrypt reads at most 72 bytes; the library refuses more than 71 (plus the terminator). */
    private static final int PASSWORD_MAX_BYTES = 71;
    private static final Pattern ACCOUNT_PREFIX = Pattern.compile("[0-9]{1,13}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");
    /** Deliberately loose (the SMTP server has the last word): one @, no spaces, no list separators. */
    private static final Pattern MAIL_ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+");
    static final int ALERT_THRESHOLD_MAX = 10;
    static final int RECIPIENTS_MAX = 20;

    private SettingsRules() {
    }

    static Optional<Problem> codeProblem(String code, String subject) {
        if (blank(code)) {
            return Problem.of("settings." + subject + ".code.required");
        }
        if (code.length() > CODE_MAX) {
            return Problem.of("settings." + subject + ".code.tooLong", CODE_MAX);
        }
        if (!CODE.matcher(code).matches()) {
            return Problem.of("settings." + subject + ".code.characters");
        }
        return Optional.empty();
    }

    /**
     * Company and family codes share one name space: both are what a mobile user types. Callers
     * pass only the kind that conflicts (saving a company under its own code replaces it).
     */
    static Optional<Problem> codeTaken(String code, Collection<Company> companies, Collection<Family> families) {
        for (Company c : companies) {
            if (c.code().equals(code)) {
                return Problem.of("settings.code.takenByCompany", code, c.name());
            }
        }
        for (Family f : families) {
            if (f.code().equals(code)) {
                return Problem.of("settings.code.takenByFamily", code, f.name());
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> platformUrlProblem(String url) {
        if (blank(url)) {
            return Problem.of("settings.portal.url.required");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && !blank(uri.getHost())) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // Same answer as any other malformed address.
        }
        return Problem.of("settings.portal.url.invalid");
    }

    static Optional<Problem> customerCodeProblem(String code) {
        if (blank(code)) {
            return Problem.of("settings.portal.customerCode.required");
        }
        if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            return Problem.of("settings.portal.customerCode.format", CODE_MAX);
        }
        return Optional.empty();
    }

    static Optional<Problem> portalProblem(PortalSettings portal) {
        return platformUrlProblem(portal.platformUrl())
                .or(() -> customerCodeProblem(portal.customerCode()))
                .or(() -> portalPasswordProblem(portal.password()));
    }

    static Optional<Problem> portalPasswordProblem(String password) {
        return blank(password) ? Problem.of("settings.portal.password.required") : Optional.empty();
    }

    static Optional<Problem> databaseLoginProblem(DatabaseLogin login) {
        return databaseHostProblem(login.host())
                .or(() -> databasePortProblem(login.port()))
                .or(() -> login.authentication() == null ? Problem.of("settings.database.authentication.required")
                        : Optional.empty())
                .or(() -> login.authentication() == DatabaseLogin.Authentication.WINDOWS
                        ? databaseDomainProblem(login.domain()) : Optional.empty())
                .or(() -> databaseUserProblem(login.user()));
    }

    static Optional<Problem> databaseHostProblem(String host) {
        if (!blank(host) && host.contains("\\")) {
            return Problem.of("settings.database.host.instanceInHost");
        }
        return hostProblem(host, "database");
    }

    /** The domain of a Windows login. */
    static Optional<Problem> databaseDomainProblem(String domain) {
        return blank(domain) ? Problem.of("settings.database.domain.required") : Optional.empty();
    }

    static Optional<Problem> databaseUserProblem(String user) {
        return blank(user) ? Problem.of("settings.database.user.required") : Optional.empty();
    }

    static Optional<Problem> proxyProblem(ProxySettings proxy) {
        if (proxy.mode() == null) {
            return Problem.of("settings.proxy.mode.required");
        }
        if (proxy.mode() == ProxySettings.Mode.SYSTEM) {
            return Optional.empty();
        }
        return hostProblem(proxy.host(), "proxy")
                .or(() -> proxyPortProblem(proxy.port()))
                .or(() -> proxyUserProblem(proxy.user(), proxy.password()));
    }

    static Optional<Problem> proxyUserProblem(String user, String password) {
        return blank(user) && !blank(password) ? Problem.of("settings.proxy.passwordWithoutUser") : Optional.empty();
    }

    static Optional<Problem> hostProblem(String host, String subject) {
        if (blank(host)) {
            return Problem.of("settings." + subject + ".host.required");
        }
        if (!HOST.matcher(host.trim()).matches()) {
            return Problem.of("settings." + subject + ".host.invalid", host.trim());
        }
        return Optional.empty();
    }

    static Optional<Problem> portProblem(int port) {
        return port < 1 || port > 65_535 ? Problem.of("settings.port.range") : Optional.empty();
    }

    static Optional<Problem> scheduleProblem(Schedule schedule) {
        if (schedule.frequency() == null) {
            return Problem.of("settings.schedule.frequency.required");
        }
        if (schedule.frequency() == Schedule.Frequency.NONE) {
            return Optional.empty();
        }
        if (schedule.frequency() == Schedule.Frequency.WEEKLY && schedule.weekDay() == null) {
            return Problem.of("settings.schedule.weekDay.required");
        }
        Optional<Problem> firstRun = firstRunProblem(schedule.frequency(), schedule.firstRun());
        if (firstRun.isPresent()) {
            return firstRun;
        }
        int times = schedule.timesPerDay();
        if (times < 1 || times > 24) {
            return Problem.of("settings.schedule.timesPerDay.range");
        }
        if (times == 1) {
            return Optional.empty();
        }
        int interval = schedule.intervalHours();
        if (interval < 1 || interval > 23) {
            return Problem.of("settings.schedule.interval.range");
        }
        LocalTime first = schedule.firstRun();
        long lastRunMinute = first.getHour() * 60L + first.getMinute() + (times - 1) * interval * 60L;
        if (lastRunMinute >= 24 * 60) {
            return Problem.of("settings.schedule.pastMidnight", times, interval, first.toString());
        }
        return Optional.empty();
    }

    /** A scheduled publication needs the time of its first run. */
    static Optional<Problem> firstRunProblem(Schedule.Frequency frequency, LocalTime firstRun) {
        return frequency != null && frequency != Schedule.Frequency.NONE && firstRun == null
                ? Problem.of("settings.schedule.firstRun.required") : Optional.empty();
    }

    /**
     * The alert mail page. Without server and recipients no mail is sent, which is allowed (the
     * console's banner still shows incidents); with either, the whole mail setting must be usable.
     */
    static Optional<Problem> alertSettingsProblem(AlertSettings alerts) {
        Optional<Problem> threshold = alertThresholdProblem(alerts.failureThreshold());
        if (threshold.isPresent()) {
            return threshold;
        }
        if (!alertMailWanted(alerts.smtpHost(), alerts.recipients())) {
            return Optional.empty();
        }
        // In the order of the page: who is told, by whom, then through which server.
        return recipientsProblem(alerts.recipients())
                .or(() -> senderProblem(alerts.sender()))
                .or(() -> hostProblem(alerts.smtpHost(), "alerts"))
                .or(() -> alertPortProblem(alerts.smtpPort()))
                .or(() -> alerts.security() == null ? Problem.of("settings.alerts.security.required") : Optional.empty())
                .or(() -> blank(alerts.login()) && !blank(alerts.password())
                        ? Problem.of("settings.alerts.passwordWithoutUser") : Optional.empty());
    }

    /** Mail is wanted as soon as a server or a recipient is given. */
    static boolean alertMailWanted(String host, List<String> recipients) {
        return !blank(host) || (recipients != null && !recipients.isEmpty());
    }

    static Optional<Problem> alertThresholdProblem(Integer threshold) {
        return threshold == null || threshold < 1 || threshold > ALERT_THRESHOLD_MAX
                ? Problem.of("settings.alerts.threshold.range", ALERT_THRESHOLD_MAX) : Optional.empty();
    }

    static Optional<Problem> alertPortProblem(Integer port) {
        return port == null ? Problem.of("settings.alerts.port.required") : portProblem(port);
    }

    static Optional<Problem> senderProblem(String sender) {
        if (blank(sender)) {
            return Problem.of("settings.alerts.sender.required");
        }
        return MAIL_ADDRESS.matcher(sender.trim()).matches() ? Optional.empty()
                : Problem.of("settings.alerts.sender.invalid", sender.trim());
    }

    static Optional<Problem> recipientsProblem(List<String> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            return Problem.of("settings.alerts.recipients.required");
        }
        if (recipients.size() > RECIPIENTS_MAX) {
            return Problem.of("settings.alerts.recipients.tooMany", RECIPIENTS_MAX);
        }
        return recipients.stream().filter(r -> !MAIL_ADDRESS.matcher(r).matches()).findFirst()
                .flatMap(r -> Problem.of("settings.alerts.recipient.invalid", r));
    }

    /** The console's texts exist in French and English only (bundles {@code <area>.properties}, {@code <area>_en}). */
    static Optional<Problem> languageProblem(Locale language) {
        String code = language == null ? "" : language.getLanguage();
        return code.equals("fr") || code.equals("en") ? Optional.empty()
                : Problem.of("settings.language.unsupported", language == null ? "" : language.toLanguageTag());
    }

    static Optional<Problem> revenuePrefixesProblem(List<String> prefixes) {
        if (prefixes == null || prefixes.isEmpty()) {
            return Problem.of("settings.revenue.required");
        }
        Set<String> seen = new HashSet<>();
        for (String prefix : prefixes) {
            Optional<Problem> format = revenuePrefixProblem(prefix);
            if (format.isPresent()) {
                return format;
            }
            if (!seen.add(prefix)) {
                return Problem.of("settings.revenue.duplicate", prefix);
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> companyProblem(Company company, Collection<Family> families) {
        return codeProblem(company.code(), "company")
                .or(() -> codeTaken(company.code(), List.of(), families))
                .or(() -> companyNameProblem(company.name()))
                .or(() -> companyDatabasesProblem(company.accountingDatabase(), company.commercialDatabase()))
                .or(() -> missingDatabaseProblem(company, ViewId.Domain.ACCOUNTING, company.accountingDatabase()))
                .or(() -> missingDatabaseProblem(company, ViewId.Domain.COMMERCIAL, company.commercialDatabase()))
                .or(() -> accountPrefixesProblem(company.extraction().revenuePrefixes()))
                .or(() -> accountPrefixesProblem(company.extraction().cashPrefixes()));
    }

    /** A company's own prefixes (revenue or cash): none means the default, else each valid, once. */
    static Optional<Problem> accountPrefixesProblem(List<String> prefixes) {
        return prefixes.isEmpty() ? Optional.empty() : revenuePrefixesProblem(prefixes);
    }

    static Optional<Problem> companyDatabasesProblem(String accounting, String commercial) {
        return blank(accounting) && blank(commercial) ? Problem.of("settings.company.database.required")
                : Optional.empty();
    }

    /** A view reads one database: without it, that domain's views cannot be published. */
    private static Optional<Problem> missingDatabaseProblem(Company company, ViewId.Domain domain, String database) {
        if (!blank(database) || company.views().stream().noneMatch(v -> v.domain() == domain)) {
            return Optional.empty();
        }
        return Problem.of(domain == ViewId.Domain.ACCOUNTING ? "settings.company.views.needAccounting"
                : "settings.company.views.needCommercial", company.code());
    }

    static Optional<Problem> familyProblem(Family family, Collection<Company> companies) {
        Set<String> known = companies.stream().map(Company::code).collect(Collectors.toSet());
        return codeProblem(family.code(), "family")
                .or(() -> codeTaken(family.code(), companies, List.of()))
                .or(() -> familyNameProblem(family.name()))
                .or(() -> familyMembersProblem(family.companyCodes()))
                .or(() -> family.companyCodes().stream().filter(c -> !known.contains(c)).findFirst()
                        .flatMap(c -> Problem.of("settings.family.companies.unknown", c)))
                .or(() -> family.companyCodes().size() != Set.copyOf(family.companyCodes()).size()
                        ? Problem.of("settings.family.companies.duplicate") : Optional.empty());
    }

    static Optional<Problem> familyNameProblem(String name) {
        return blank(name) ? Problem.of("settings.family.name.required") : Optional.empty();
    }

    static Optional<Problem> familyMembersProblem(List<String> companyCodes) {
        return companyCodes.isEmpty() ? Problem.of("settings.family.companies.required") : Optional.empty();
    }

    static Optional<Problem> loginProblem(String login) {
        if (blank(login)) {
            return Problem.of("settings.user.login.required");
        }
        if (login.chars().anyMatch(Character::isWhitespace)) {
            return Problem.of("settings.user.login.spaces");
        }
        if (login.length() > LOGIN_MAX) {
            return Problem.of("settings.user.login.tooLong", LOGIN_MAX);
        }
        return Optional.empty();
    }

    static Optional<Problem> userPasswordProblem(String password, boolean newUser) {
        if (password == null || password.isEmpty()) {
            return newUser ? Problem.of("settings.user.password.required") : Optional.empty();
        }
        if (password.length() < PASSWORD_MIN) {
            return Problem.of("settings.user.password.tooShort", PASSWORD_MIN);
        }
        if (password.length() > PASSWORD_MAX || password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Problem.of("settings.user.password.tooLong", PASSWORD_MAX);
        }
        return Optional.empty();
    }

    static Optional<Problem> userProblem(MobileUser user, String newPassword, boolean newUser,
                                         Collection<Company> companies, Collection<Family> families) {
        return userNameProblem(user.name())
                .or(() -> loginProblem(user.login()))
                .or(() -> userPasswordProblem(newPassword, newUser))
                .or(() -> grantsProblem(user.grants(), companies, families));
    }

    /** Grants give at least one view, name an existing company or family, and only views that it publishes. */
    private static Optional<Problem> grantsProblem(Map<String, Set<ViewId>> grants, Collection<Company> companies,
                                                   Collection<Family> families) {
        if (grants.values().stream().allMatch(Set::isEmpty)) {
            // Without a view somewhere the user could not sign in anywhere.
            return Problem.of("settings.user.grant.none");
        }
        Map<String, Set<ViewId>> published = Stream.concat(
                        companies.stream().map(c -> Map.entry(c.code(), c.views())),
                        families.stream().map(f -> Map.entry(f.code(), f.views())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<String, String> names = Stream.concat(
                        companies.stream().map(c -> Map.entry(c.code(), c.name())),
                        families.stream().map(f -> Map.entry(f.code(), f.name())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        for (Map.Entry<String, Set<ViewId>> grant : grants.entrySet()) {
            Set<ViewId> available = published.get(grant.getKey());
            if (available == null) {
                return Problem.of("settings.user.grant.unknownCode", grant.getKey());
            }
            Optional<ViewId> notPublished = grant.getValue().stream().filter(v -> !available.contains(v))
                    .sorted().findFirst();
            if (notPublished.isPresent()) {
                return Problem.of("settings.user.grant.viewNotPublished", notPublished.get().label(),
                        names.get(grant.getKey()), grant.getKey());
            }
        }
        return Optional.empty();
    }

    static Optional<Problem> companyNameProblem(String name) {
        return blank(name) ? Problem.of("settings.company.name.required") : Optional.empty();
    }

    static Optional<Problem> userNameProblem(String name) {
        return blank(name) ? Problem.of("settings.user.name.required") : Optional.empty();
    }

    static Optional<Problem> revenuePrefixProblem(String prefix) {
        return prefix == null || !ACCOUNT_PREFIX.matcher(prefix).matches()
                ? Problem.of("settings.revenue.format", String.valueOf(prefix)) : Optional.empty();
    }

    /** Optional: blank means the default port, or the named instance's. */
    static Optional<Problem> databasePortProblem(Integer port) {
        return port == null ? Optional.empty() : portProblem(port);
    }

    static Optional<Problem> proxyPortProblem(Integer port) {
        return port == null ? Problem.of("settings.proxy.port.required") : portProblem(port);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
