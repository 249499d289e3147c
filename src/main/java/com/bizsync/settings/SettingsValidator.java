package com.bizsync.settings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every settings rule as a pure function returning the sentence a user reads (bundle
 * {@code settings}, in the current language), or empty when the value is fine. The console
 * calls them as the user types; {@link SqliteSettingsStore} applies the same rules
 * ({@link SettingsRules}) before saving.
 */
public final class SettingsValidator {
    private SettingsValidator() {
    }

    // ---- Single fields, for validation while typing ----

    /** A company folder code ("numéro de dossier"): uppercase letters and digits, 1–20. */
    public static Optional<String> folderCodeError(String code) {
        return message(SettingsRules.codeProblem(code, "company"));
    }

    /** A family code: same rules as a folder code. */
    public static Optional<String> familyCodeError(String code) {
        return message(SettingsRules.codeProblem(code, "family"));
    }

    /**
     * A code for a new company or family: valid and not already taken by a company or family
     * (saving an existing code replaces that company, so the console checks this when creating).
     */
    public static Optional<String> newCodeError(String code, boolean family, Collection<Company> companies,
                                                Collection<Family> families) {
        return message(SettingsRules.codeProblem(code, family ? "family" : "company")
                .or(() -> SettingsRules.codeTaken(code, companies, families)));
    }

    public static Optional<String> companyNameError(String name) {
        return message(SettingsRules.companyNameProblem(name));
    }

    /** A platform address as stored: with its scheme. */
    public static Optional<String> platformUrlError(String url) {
        return message(SettingsRules.platformUrlProblem(url));
    }

    /** A platform address as typed: without a scheme it is an https:// one ({@link PortalSettings#withScheme}). */
    public static Optional<String> typedPlatformUrlError(String typed) {
        return platformUrlError(PortalSettings.withScheme(typed));
    }

    public static Optional<String> customerCodeError(String code) {
        return message(SettingsRules.customerCodeProblem(code));
    }

    public static Optional<String> portalPasswordError(String password) {
        return message(SettingsRules.portalPasswordProblem(password));
    }

    /** The SQL Server's name (required: a login names its server). */
    public static Optional<String> databaseHostError(String host) {
        return message(SettingsRules.databaseHostProblem(host));
    }

    /** The domain of a Windows login (asked only for a Windows login). */
    public static Optional<String> databaseDomainError(String domain) {
        return message(SettingsRules.databaseDomainProblem(domain));
    }

    public static Optional<String> databaseUserError(String user) {
        return message(SettingsRules.databaseUserProblem(user));
    }

    /** Port of the SQL Server (optional: blank means the default or the named instance). */
    public static Optional<String> databasePortError(Integer port) {
        return message(SettingsRules.databasePortProblem(port));
    }

    /** A manual proxy's user: needed when a password is given. */
    public static Optional<String> proxyUserError(String user, String password) {
        return message(SettingsRules.proxyUserProblem(user, password));
    }

    /** The time of the first run, for a scheduled publication ({@code firstRun} null when not a time). */
    public static Optional<String> firstRunError(Schedule.Frequency frequency, java.time.LocalTime firstRun) {
        return message(SettingsRules.firstRunProblem(frequency, firstRun));
    }

    /** A company reads at least one database. */
    public static Optional<String> companyDatabasesError(String accounting, String commercial) {
        return message(SettingsRules.companyDatabasesProblem(accounting, commercial));
    }

    public static Optional<String> familyNameError(String name) {
        return message(SettingsRules.familyNameProblem(name));
    }

    /** A family has at least one company. */
    public static Optional<String> familyMembersError(List<String> companyCodes) {
        return message(SettingsRules.familyMembersProblem(companyCodes));
    }

    /** Host of a manual proxy. */
    public static Optional<String> proxyHostError(String host) {
        return message(SettingsRules.hostProblem(host, "proxy"));
    }

    /** Port of a manual proxy: required, 1–65535. */
    public static Optional<String> proxyPortError(Integer port) {
        return message(SettingsRules.proxyPortProblem(port));
    }

    /**
     * Whether the alert page asks for mail (a server or a recipient is given): then every mail
     * field is required; otherwise none is.
     */
    public static boolean alertMailWanted(String host, List<String> recipients) {
        return SettingsRules.alertMailWanted(host, recipients);
    }

    /** The SMTP server of the alert mails. */
    public static Optional<String> alertHostError(String host) {
        return message(SettingsRules.hostProblem(host, "alerts"));
    }

    /** Its port: required, 1–65535. */
    public static Optional<String> alertPortError(Integer port) {
        return message(SettingsRules.alertPortProblem(port));
    }

    public static Optional<String> alertSenderError(String sender) {
        return message(SettingsRules.senderProblem(sender));
    }

    public static Optional<String> alertRecipientsError(List<String> recipients) {
        return message(SettingsRules.recipientsProblem(recipients));
    }

    /** Failed runs in a row before a company is in incident: 1–10. */
    public static Optional<String> alertThresholdError(Integer threshold) {
        return message(SettingsRules.alertThresholdProblem(threshold));
    }

    public static Optional<String> userNameError(String name) {
        return message(SettingsRules.userNameProblem(name));
    }

    public static Optional<String> loginError(String login) {
        return message(SettingsRules.loginProblem(login));
    }

    /** A mobile user's password: required when the user is new, else blank keeps the stored one. */
    public static Optional<String> userPasswordError(String password, boolean newUser) {
        return message(SettingsRules.userPasswordProblem(password, newUser));
    }

    public static Optional<String> revenuePrefixError(String prefix) {
        return message(SettingsRules.revenuePrefixProblem(prefix));
    }

    // ---- Whole pages: the first problem found ----

    public static Optional<String> portalError(PortalSettings portal) {
        return message(SettingsRules.portalProblem(portal));
    }

    public static Optional<String> databaseLoginError(DatabaseLogin login) {
        return message(SettingsRules.databaseLoginProblem(login));
    }

    /**
     * The login when it may be {@code needed} or not ({@code Company.serverLoginNeeded}):
     * a login left blank is fine when no company reads SQL Server; a login given must be whole.
     */
    public static Optional<String> databaseLoginError(DatabaseLogin login, boolean needed) {
        return !needed && login.isBlank() ? Optional.empty() : databaseLoginError(login);
    }

    public static Optional<String> proxyError(ProxySettings proxy) {
        return message(SettingsRules.proxyProblem(proxy));
    }

    public static Optional<String> scheduleError(Schedule schedule) {
        return message(SettingsRules.scheduleProblem(schedule));
    }

    public static Optional<String> alertSettingsError(AlertSettings alerts) {
        return message(SettingsRules.alertSettingsProblem(alerts));
    }

    /**
     * Throws the first problem of alert settings that are used without being saved (the Test
     * button), as the same {@link com.bizsync.i18n.UserError} saving them would throw.
     */
    public static void requireValid(AlertSettings alerts) {
        Problem.require(SettingsRules.alertSettingsProblem(alerts));
    }

    public static Optional<String> revenuePrefixesError(List<String> prefixes) {
        return message(SettingsRules.revenuePrefixesProblem(prefixes));
    }

    /** A company about to be saved, against the families (a family may not use its code). */
    /** A company's own account prefixes as typed ({@code 706, 708}): blank means the default. */
    public static Optional<String> accountPrefixesError(String text) {
        return message(SettingsRules.accountPrefixesProblem(com.bizsync.views.ExtractionSettings.prefixes(text)));
    }

    public static Optional<String> companyError(Company company, Collection<Family> families) {
        return message(SettingsRules.companyProblem(company, families));
    }

    public static Optional<String> familyError(Family family, Collection<Company> companies) {
        return message(SettingsRules.familyProblem(family, companies));
    }

    /**
     * A mobile user about to be saved: {@code newPassword} blank keeps the stored hash, which
     * only an existing user has.
     */
    public static Optional<String> userError(MobileUser user, String newPassword, boolean newUser,
                                             Collection<Company> companies, Collection<Family> families) {
        return message(SettingsRules.userProblem(user, newPassword, newUser, companies, families));
    }

    private static Optional<String> message(Optional<Problem> problem) {
        return problem.map(Problem::message);
    }
}
