package com.bizsync.settings;

/** Where and as whom this installation publishes. The password is clear only in memory. */
public record PortalSettings(String platformUrl, String customerCode, String password) {
    public static final PortalSettings EMPTY = new PortalSettings("", "", "");

    @Override
    public String toString() {
        return "PortalSettings[platformUrl=" + platformUrl + ", customerCode=" + customerCode + ", password=***]";
    }
}
