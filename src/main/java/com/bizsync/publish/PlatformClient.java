package com.bizsync.publish;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.MobileUser;
import com.bizsync.settings.PortalSettings;
import com.bizsync.settings.ProxySettings;
import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher side of the platform API v1 ({@code docs/platform-api.md}). Every method either
 * succeeds or throws a {@link UserError} whose sentence says what to fix (wrong customer code,
 * proxy refusing the credentials, platform unreachable, untrusted certificate, …). Requests that
 * fail on the network or with a 5xx are tried again a bounded number of times; a 4xx never is,
 * since sending the same request again would get the same answer.
 */
public final class PlatformClient {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpUrl base;
    private final String authorization;
    private final OkHttpClient http;
    private final ClientTuning tuning;
    private final FailureTranslator failures;

    /** The customer account the platform recognised ({@code GET /publisher/check}). */
    public record CustomerAccount(String customer, String name) {
    }

    public PlatformClient(PortalSettings portal, ProxySettings proxy) {
        this(portal, proxy, ClientTuning.DEFAULT);
    }

    public PlatformClient(PortalSettings portal, ProxySettings proxy, ClientTuning tuning) {
        this.base = PlatformAddress.parse(portal.platformUrl());
        if (portal.customerCode() == null || portal.customerCode().isBlank()) {
            throw new UserError("publish.noCustomer");
        }
        ProxySettings effectiveProxy = proxy == null ? ProxySettings.SYSTEM : proxy;
        this.authorization = okhttp3.Credentials.basic(portal.customerCode().trim(),
                portal.password() == null ? "" : portal.password(), java.nio.charset.StandardCharsets.UTF_8);
        this.http = HttpClients.forProxy(effectiveProxy, tuning);
        this.tuning = tuning;
        this.failures = new FailureTranslator(base, effectiveProxy);
    }

    /** Authenticates; returns the customer account the platform knows these credentials as. */
    public CustomerAccount check() {
        JsonNode answer = send("GET", "api/v1/publisher/check", null).json;
        if (answer == null || !answer.hasNonNull("customer")) {
            throw new UserError("publish.notPlatform", base.toString());
        }
        return new CustomerAccount(answer.get("customer").asText(), answer.path("name").asText(""));
    }

    /**
     * Replaces the publication of a company or family (atomic on the platform).
     *
     * @return the number of bytes sent (the gzip-compressed body)
     */
    public long publish(String code, ObjectNode publication) {
        byte[] body = PublicationBody.gzip(publication);
        send("PUT", "api/v1/publisher/companies/" + code + "/publication", body);
        return body.length;
    }

    public void deletePublication(String code) {
        send("DELETE", "api/v1/publisher/companies/" + code + "/publication", null);
    }

    /**
     * Replaces every mobile user of this customer. Grants are limited to the codes in
     * {@code published} and, for each, to the views that code publishes, so that the platform
     * never holds a grant the settings no longer give.
     *
     * @return the number of users the platform now holds
     */
    public int replaceUsers(List<MobileUser> users, Map<String, Set<ViewId>> published) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("users");
        for (MobileUser user : users) {
            ObjectNode node = list.addObject();
            node.put("login", user.login());
            node.put("name", user.name());
            node.put("passwordHash", user.passwordHash());
            ObjectNode grants = node.putObject("grants");
            new TreeMap<>(user.grants()).forEach((code, views) -> {
                Set<ViewId> offered = published.getOrDefault(code, Set.of());
                List<String> ids = views.stream().filter(offered::contains).map(ViewId::id).sorted().toList();
                if (!ids.isEmpty()) {
                    ArrayNode granted = grants.putArray(code);
                    ids.forEach(granted::add);
                }
            });
        }
        JsonNode answer = send("PUT", "api/v1/publisher/users", PublicationBody.gzip(root)).json;
        return answer == null ? users.size() : answer.path("users").asInt(users.size());
    }

    /** Removes every publication, user and grant of this customer from the platform. */
    public void deleteAll() {
        send("DELETE", "api/v1/publisher/data", null);
    }

    /** The platform address, for messages. */
    public String platformUrl() {
        return base.toString();
    }

    private record Answer(int status, JsonNode json) {
    }

    private Answer send(String method, String path, byte[] gzippedJson) {
        HttpUrl url = base.newBuilder().addPathSegments(path).build();
        Request.Builder request = new Request.Builder().url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (gzippedJson != null) {
            request.header("Content-Encoding", "gzip")
                    .method(method, RequestBody.create(gzippedJson, PublicationBody.MEDIA_TYPE));
        } else {
            request.method(method, null);
        }
        Request built = request.build();
        UserError last = null;
        for (int attempt = 1; attempt <= tuning.attempts(); attempt++) {
            if (attempt > 1 && !pause(attempt)) {
                break;
            }
            try (Response response = http.newCall(built).execute()) {
                String body = readBody(response.body());
                if (response.isSuccessful()) {
                    return new Answer(response.code(), parse(body));
                }
                LOG.warn("{} {} answered {} (attempt {}/{}): {}", method, url.encodedPath(), response.code(),
                        attempt, tuning.attempts(), abbreviate(body));
                last = failures.fromResponse(response.code(), body, response.header("Retry-After"));
                if (response.code() < 500) {
                    throw last;
                }
            } catch (IOException e) {
                LOG.warn("{} {} failed (attempt {}/{}): {}", method, url.encodedPath(), attempt, tuning.attempts(),
                        e.toString());
                last = failures.fromException(e);
                // The next attempt must not meet another connection from before the failure.
                http.connectionPool().evictAll();
                if (!worthRetrying(last)) {
                    throw last;
                }
            }
        }
        throw last;
    }

    /** A refused certificate or refused proxy credentials will be refused again. */
    private static boolean worthRetrying(UserError error) {
        return !Set.of("publish.certificate", "publish.proxyCredentials", "publish.proxyNeedsCredentials")
                .contains(error.key());
    }

    private boolean pause(int attempt) {
        try {
            Thread.sleep(tuning.backoffBefore(attempt).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UserError(e, "publish.notPlatform", base.toString());
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
