package com.bizsync.publish;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.ProxySettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.HttpUrl;

/**
 * Turns every way a platform request can fail into the one sentence (bundle area {@code publish})
 * that tells the administrator what to fix. Technical details stay in the log.
 */
final class FailureTranslator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpUrl platform;
    private final ProxySettings proxy;

    FailureTranslator(HttpUrl platform, ProxySettings proxy) {
        this.platform = platform;
        this.proxy = proxy;
    }

    private boolean manualProxy() {
        return proxy.mode() == ProxySettings.Mode.MANUAL;
    }

    private String platformAddress() {
        return platform.host() + ":" + platform.port();
    }

    private String proxyAddress() {
        return proxy.host() + ":" + proxy.port();
    }

    /** A failure before any HTTP answer: the network, TLS or the proxy tunnel. */
    UserError fromException(IOException e) {
        if (e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException) {
            return new UserError(e, "publish.certificate", platform.host());
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("Failed to authenticate with proxy")) {
            return proxyRefused(e);
        }
        if (text.startsWith("Unexpected response code for CONNECT")) {
            // The proxy answered but could not open the tunnel to the platform.
            return new UserError(e, "publish.platformUnreachableViaProxy", platformAddress(), proxyAddress());
        }
        if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && text.contains("timeout"))) {
            return new UserError(e, "publish.timeout", platformAddress());
        }
        if (e instanceof UnknownHostException || e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return manualProxy()
                    ? new UserError(e, "publish.proxyUnreachable", proxyAddress())
                    : new UserError(e, "publish.platformUnreachable", platformAddress());
        }
        return manualProxy()
                ? new UserError(e, "publish.platformUnreachableViaProxy", platformAddress(), proxyAddress())
                : new UserError(e, "publish.platformUnreachable", platformAddress());
    }

    private UserError proxyRefused(Throwable cause) {
        return proxy.authenticated()
                ? new UserError(cause, "publish.proxyCredentials", proxyAddress())
                : new UserError(cause, "publish.proxyNeedsCredentials", proxyAddress());
    }

    /** An HTTP answer that is not a success; {@code retryAfter} is its Retry-After header or null. */
    UserError fromResponse(int status, String body, String retryAfter) {
        String code = platformCode(body);
        if (status == 407) {
            return proxyRefused(null);
        }
        if (code == null && manualProxy() && (status == 502 || status == 504)) {
            // Not the platform's JSON: the proxy itself says it could not reach the platform.
            return new UserError("publish.platformUnreachableViaProxy", platformAddress(), proxyAddress());
        }
        if (status == 401) {
            return new UserError("publish.badCredentials");
        }
        if (status == 429) {
            // Too many refused passwords for this customer code (or from this address): say when.
            return new UserError("publish.tooManyAttempts", minutes(retryAfter));
        }
        if (status == 413) {
            return new UserError("publish.tooLarge");
        }
        if (status == 404 && code == null) {
            return new UserError("publish.notPlatform", platform.toString());
        }
        if (status >= 500) {
            return new UserError("publish.serverError", status);
        }
        return new UserError("publish.refused", status, code == null ? "?" : code);
    }

    /** Retry-After seconds as whole minutes, rounded up; 1 when missing or not a number. */
    private static long minutes(String retryAfter) {
        try {
            return Math.max(1, (Long.parseLong(retryAfter.trim()) + 59) / 60);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** The stable {@code error} code of the platform's error body, or null when it is not one. */
    static String platformCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode error = node == null ? null : node.get("error");
            return error != null && error.isTextual() ? error.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
