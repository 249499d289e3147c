package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mobile endpoints. Deny by default: every answer is computed from the token's own customer
 * and the user's current grants, read again on each request.
 */
final class MobileRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(MobileRoutes.class);
    private static final int MAX_PASSWORD = 1024;
    /** Sign-in is open to anyone: its body is small, so it never costs 16 MiB of memory. */
    static final int MAX_SIGN_IN_BYTES = 64 * 1024;
    /** Expired tokens are kept a while so their owner hears "expired" rather than "invalid". */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(7);
    /**
     * A phone that asked to stay signed in keeps its device session this long after its last use:
     * the user types the four fields once; revocation (sign-out, user removed, new password, lost
     * company) ends it earlier.
     */
    static final Duration DEVICE_SESSION_LIFETIME = Duration.ofDays(180);
    /** A device session in use is extended at most once a day, not written on every request. */
    private static final Duration EXTEND_AFTER = Duration.ofDays(1);

    private final PlatformStorage storage;
    private final ReadyPublications publications;
    private final RequestBodies bodies;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final PasswordChecker passwords;
    private final SignInThrottle throttle;

    MobileRoutes(PlatformStorage storage, ReadyPublications publications, RequestBodies bodies, Clock clock,
                 Duration tokenLifetime, PasswordChecker passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.storage = storage;
        this.publications = publications;
        this.bodies = bodies;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
    }

    void signIn(Context ctx) {
        JsonNode body = bodies.readJson(ctx, MAX_SIGN_IN_BYTES);
        String customer = Codes.requireCode(text(body, "customer"), "customer");
        String company = Codes.requireCode(text(body, "company"), "company");
        String login = text(body, "login");
        if (!Codes.isLogin(login)) {
            throw ApiError.badRequest("login must be 1 to 64 characters without spaces.");
        }
        String password = text(body, "password");
        if (password.isEmpty() || password.length() > MAX_PASSWORD) {
            throw ApiError.badRequest("password must be 1 to " + MAX_PASSWORD + " characters.");
        }
        SignInThrottle.Attempt attempt = throttle.attempt("mobile:" + customer + ":" + login, ctx);
        // One read and one bcrypt check of the same cost whatever is wrong (customer, login,
        // password or company), so the answer time does not tell which part was.
        Optional<PlatformUser> user = storage.user(customer, login);
        boolean passwordOk = attempt.check(() ->
                passwords.verifyMobile(password, user.map(PlatformUser::passwordHash).orElse(null)));
        if (user.isEmpty() || !passwordOk || !user.get().grants().containsKey(company)) {
            // The operator's log says which part failed (never the password); the answer does not.
            // An unknown login is not written: it is often a password typed in the wrong field.
            LOG.info("Mobile sign-in refused: customer {} company {} login {} from {} ({})", customer, company,
                    user.isPresent() ? login : "(unknown, not logged)", ctx.ip(),
                    user.isEmpty() ? "unknown customer or login"
                            : !passwordOk ? "wrong password" : "no grant on the company");
            throw ApiError.badCredentials(false);
        }
        attempt.giveBack(); // only refused attempts count
        Instant now = clock.instant();
        JsonNode deviceField = body.get("device");
        if (deviceField != null && !deviceField.isBoolean()) {
            throw ApiError.badRequest("device must be true or false.");
        }
        boolean device = deviceField != null && deviceField.booleanValue();
        String token;
        Instant expiresAt;
        if (device) {
            storage.purgeDeviceSessionsExpiredBefore(now.minus(KEEP_EXPIRED));
            token = Tokens.newDeviceToken();
            expiresAt = now.plus(DEVICE_SESSION_LIFETIME).truncatedTo(ChronoUnit.MILLIS);
            storage.saveDeviceSession(Tokens.hash(token), new MobileSession(customer, login, expiresAt));
        } else {
            storage.purgeTokensExpiredBefore(now.minus(KEEP_EXPIRED));
            token = Tokens.newToken();
            expiresAt = now.plus(tokenLifetime).truncatedTo(ChronoUnit.MILLIS);
            storage.saveToken(Tokens.hash(token), new MobileSession(customer, login, expiresAt));
        }
        List<Map<String, String>> companies = new ArrayList<>();
        Map<String, String> publishedNames = new LinkedHashMap<>();
        storage.publicationHeaders(customer).forEach(p -> publishedNames.put(p.company(), p.companyName()));
        user.get().grants().keySet().stream().sorted().forEach(code ->
                companies.add(Map.of("code", code, "name", publishedNames.getOrDefault(code, code))));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", token);
        answer.put("expiresAt", expiresAt.toString());
        answer.put("user", user.get().name());
        answer.put("companies", companies);
        ctx.json(answer);
    }

    void companies(Context ctx) {
        SignedIn who = signedIn(ctx);
        Set<String> granted = who.user().grants().keySet();
        List<Map<String, Object>> companies = new ArrayList<>();
        Instant now = clock.instant();
        for (StoredPublication p : storage.publicationHeaders(who.session().customer())) {
            if (granted.contains(p.company())) {
                Map<String, Object> company = new LinkedHashMap<>();
                company.put("code", p.company());
                company.put("name", p.companyName());
                company.put("publishedAt", p.publishedAt().toString());
                if (p.nextExpectedAt() != null) {
                    company.put("nextExpectedAt", p.nextExpectedAt().toString());
                }
                company.put("late", p.lateAt(now));
                companies.add(company);
            }
        }
        ctx.json(Map.of("companies", companies));
    }

    void views(Context ctx) {
        SignedIn who = signedIn(ctx);
        String company = Codes.requireCode(ctx.pathParam("code"), "The company code");
        Set<ViewId> granted = who.user().grants().get(company);
        if (granted == null || granted.isEmpty()) {
            throw ApiError.notGranted();
        }
        ReadyPublications.Ready ready = publications.ready(who.session().customer(), company, granted, clock.instant())
                .orElseThrow(() -> ApiError.notFound("Nothing is published for this company yet."));
        ReadyAnswers.write(ctx, ready);
    }

    void signOut(Context ctx) {
        signedIn(ctx);
        String token = bearer(ctx);
        if (Tokens.isDeviceToken(token)) {
            storage.deleteDeviceSession(Tokens.hash(token));
        } else {
            storage.deleteToken(Tokens.hash(token));
        }
        ctx.status(204);
    }

    private record SignedIn(MobileSession session, PlatformUser user) {
    }

    private SignedIn signedIn(Context ctx) {
        String token = bearer(ctx);
        boolean device = Tokens.isDeviceToken(token);
        String hash = Tokens.hash(token);
        MobileSession session = (device ? storage.deviceSession(hash) : storage.session(hash))
                .orElseThrow(ApiError::tokenInvalid);
        Instant now = clock.instant();
        if (!now.isBefore(session.expiresAt())) {
            throw ApiError.tokenExpired();
        }
        if (device && session.expiresAt().isBefore(now.plus(DEVICE_SESSION_LIFETIME).minus(EXTEND_AFTER))) {
            storage.extendDeviceSession(hash, now.plus(DEVICE_SESSION_LIFETIME).truncatedTo(ChronoUnit.MILLIS));
        }
        PlatformUser user = storage.user(session.customer(), session.login()).orElseThrow(ApiError::tokenInvalid);
        return new SignedIn(session, user);
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiError.tokenInvalid();
        }
        String token = header.substring(7).trim();
        if (token.isEmpty() || token.length() > 128) {
            throw ApiError.tokenInvalid();
        }
        return token;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isTextual()) {
            throw ApiError.badRequest(field + " must be a string.");
        }
        return n.asText();
    }
}
