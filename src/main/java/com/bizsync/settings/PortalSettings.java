package com.bizsync.settings;

/** Where and as whom this installation publishes. The password is clear only in memory. */
public record PortalSettings(String platformUrl, String customerCode, String password) {
    public static final PortalSettings EMPTY = new PortalSettings("", "", "");

    /**
     * The platform address as typed, with {@code https://} in front when no scheme was typed
     * ("bizsync.example.fr"): the one rule the console, the validation and the client follow.
     */
    public static String withScheme(String typed) {
        String address = typed == null ? "" : typed.trim();
        return address.isEmpty() || address.contains("://") ? address : "https://" + address;
    }

    @Override
    public String toString() {
        return "PortalSettings[platformUrl=" + platformUrl + ", customerCode=" + customerCode + ", password=***]";
    }
}
