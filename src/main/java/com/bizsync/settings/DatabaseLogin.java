package com.bizsync.settings;

import com.bizsync.source.ServerLogin;

/**
 * The SQL Server login used to read every company database (FUNCTIONAL.md §2). Either an
 * {@code instance} name or a {@code port} locates the server; Windows logins carry a domain.
 */
public record DatabaseLogin(String host, String instance, Integer port, Authentication authentication,
                            String domain, String user, String password) implements ServerLogin {
    public enum Authentication { SQL, WINDOWS }

    public static final DatabaseLogin EMPTY =
            new DatabaseLogin("", "", null, Authentication.SQL, "", "", "");

    @Override
    public boolean windowsAuthentication() {
        return authentication == Authentication.WINDOWS;
    }

    /** Nothing typed at all: no SQL Server login (allowed when every company is a demo file). */
    public boolean isBlank() {
        return blank(host) && blank(instance) && port == null && blank(domain) && blank(user) && blank(password);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "DatabaseLogin[host=" + host + ", instance=" + instance + ", port=" + port
                + ", authentication=" + authentication + ", domain=" + domain + ", user=" + user + ", password=***]";
    }
}
