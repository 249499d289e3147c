package com.bizsync.ui.console;

import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.ui.common.Texts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * What the administrator hands to a mobile user ("Informations de connexion"): platform address,
 * customer code, company code(s) and login, never the password, plus the dashboard address
 * pre-filled with them (the QR code).
 */
public final class ConnectionInfoModel {
    private final String platformUrl;
    private final String customerCode;
    private final List<String> companyCodes;
    private final String login;
    private final String userName;

    public ConnectionInfoModel(PortalSettings portal, MobileUser user) {
        this.platformUrl = stripSlash(portal.platformUrl());
        this.customerCode = portal.customerCode();
        this.companyCodes = List.copyOf(new TreeSet<>(user.grants().keySet()));
        this.login = user.login();
        this.userName = user.name();
    }

    private static String stripSlash(String url) {
        String trimmed = url == null ? "" : url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The dashboard opened on the sign-in page with everything but the password filled in. */
    public String dashboardUrl() {
        StringBuilder url = new StringBuilder(platformUrl).append("/?customer=").append(encode(customerCode));
        if (!companyCodes.isEmpty()) {
            url.append("&company=").append(encode(companyCodes.get(0)));
        }
        return url.append("&login=").append(encode(login)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The same information as plain text, for the clipboard and the printout. */
    public String asText() {
        return String.join(System.lineSeparator(),
                Texts.t("info.title", userName),
                Texts.t("info.platform") + " " + platformUrl,
                Texts.t("info.customer") + " " + customerCode,
                companiesLabel() + " " + String.join(", ", companyCodes),
                Texts.t("info.login") + " " + login,
                Texts.t("info.passwordNote"),
                Texts.t("info.dashboard") + " " + dashboardUrl());
    }

    /** "Code société :" or "Codes société :", as many as the user may open. */
    public String companiesLabel() {
        return Texts.t("info.companies", companyCodes.size());
    }

    public String platformUrl() {
        return platformUrl;
    }

    public String customerCode() {
        return customerCode;
    }

    public List<String> companyCodes() {
        return companyCodes;
    }

    public String login() {
        return login;
    }

    public String userName() {
        return userName;
    }
}
