package com.bizsync.publish;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's 407 challenge with HTTP Basic credentials. When the proxy refuses them once,
 * it gives up (returns null) instead of sending the same credentials again in a loop; the 407
 * then reaches {@link FailureTranslator}, which tells the user the proxy refused them.
 */
final class ProxyCredentials implements Authenticator {
    private static final String HEADER = "Proxy-Authorization";
    private final String credentials;

    ProxyCredentials(String user, String password) {
        this.credentials = Credentials.basic(user, password == null ? "" : password, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.request().header(HEADER) != null) {
            return null;
        }
        return response.request().newBuilder().header(HEADER, credentials).build();
    }
}
