package com.bizsync.settings;

/** How publication reaches the platform: the system's proxy settings, or a proxy given here. */
public record ProxySettings(Mode mode, String host, Integer port, String user, String password) {
    public enum Mode { SYSTEM, MANUAL }

    public static final ProxySettings SYSTEM = new ProxySettings(Mode.SYSTEM, "", null, "", "");

    public boolean authenticated() {
        return mode == Mode.MANUAL && user != null && !user.isBlank();
    }

    @Override
    public String toString() {
        return "ProxySettings[mode=" + mode + ", host=" + host + ", port=" + port + ", user=" + user + ", password=***]";
    }
}
