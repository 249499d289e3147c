package com.bizsync.platform;

/**
 * An error answer of the API (platform-api.md, "Errors"): status, stable code, English message.
 * Thrown by handlers; the server turns it into the JSON body.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    private ApiError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    private ApiError(int status, String code, String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds for the {@code Retry-After} header; 0 when the answer has none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The documented JSON body: {@code {"error": code, "message": message}}. */
    public java.util.Map<String, String> body() {
        java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("error", code);
        body.put("message", getMessage());
        return body;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError badCredentials(boolean publisher) {
        return new ApiError(401, "bad_credentials", publisher
                ? "Unknown customer code or wrong password."
                : "Unknown customer, company or login, or wrong password.");
    }

    public static ApiError tokenExpired() {
        return new ApiError(401, "token_expired", "The session has expired; sign in again.");
    }

    public static ApiError tokenInvalid() {
        return new ApiError(401, "token_invalid", "Missing, unknown or revoked token.");
    }

    public static ApiError notGranted() {
        return new ApiError(403, "not_granted", "This user has no grant on that company.");
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", message);
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "too_large", "The request body is over " + limit + " bytes after decompression.");
    }

    public static ApiError unsupportedMediaType() {
        return new ApiError(415, "unsupported_media_type",
                "The body must be sent as Content-Type: application/json (UTF-8).");
    }

    public static ApiError uriTooLong() {
        return new ApiError(414, "uri_too_long", "The request path is too long.");
    }

    public static ApiError headersTooLarge() {
        return new ApiError(431, "headers_too_large", "The request headers are too large.");
    }

    /** A request Jetty could not take as HTTP; the cause comes from a fixed list, never from the request. */
    public static ApiError notHttp(int status, String cause) {
        return new ApiError(status, "bad_request", cause == null ? "The request is not valid HTTP."
                : "The request is not valid HTTP: " + cause + ".");
    }

    /** A sign-in allowance is spent (SignInThrottle): retry after the given wait, rounded up to seconds. */
    public static ApiError tooManyAttempts(long waitNanos) {
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return new ApiError(429, "too_many_attempts", "Too many failed sign-ins; retry in " + seconds + " s.", seconds);
    }

    public static ApiError tooSlow() {
        return new ApiError(408, "too_slow", "The request body arrived too slowly.");
    }

    /** Every bcrypt slot stayed busy: the client may try again in a second. */
    public static ApiError busy() {
        return new ApiError(503, "busy", "Too many sign-ins are being checked at once; retry in a moment.", 1);
    }

    public static ApiError serverError() {
        return new ApiError(500, "server_error", "Internal error; see the platform log.");
    }
}
