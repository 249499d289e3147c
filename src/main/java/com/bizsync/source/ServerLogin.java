package com.bizsync.source;

/**
 * What it takes to reach a SQL Server: where it is and who logs in. The settings store keeps one
 * ({@code DatabaseLogin}); the source layer only needs to read it, so it depends on this and not
 * on the settings.
 */
public interface ServerLogin {
    String host();

    String instance();

    Integer port();

    String domain();

    String user();

    String password();

    /** Windows (NTLM) authentication, which needs the domain, rather than a SQL Server login. */
    boolean windowsAuthentication();
}
