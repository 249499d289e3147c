package com.bizsync.publish;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.PortalSettings;
import okhttp3.HttpUrl;

/** Checks the platform address typed in the portal settings before any request is made. */
final class PlatformAddress {
    private PlatformAddress() {
    }

    static HttpUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UserError("publish.noUrl");
        }
        String trimmed = text.trim();
        // Same rule as the console: an address typed without a scheme is an https:// one.
        HttpUrl url = HttpUrl.parse(PortalSettings.withScheme(trimmed));
        if (url == null) {
            throw new UserError("publish.badUrl", trimmed);
        }
        // The API paths are appended to it, so a platform hosted under a path prefix works too.
        return url.newBuilder().query(null).fragment(null).build();
    }
}
