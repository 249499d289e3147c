package com.bizsync.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty raises itself, before or outside the application (a request it cannot parse, a
 * path it cannot decode, headers too large), answered in the API's JSON error shape with the
 * security headers, instead of Jetty's HTML page. The message names the cause from a fixed list:
 * Jetty's own reason may quote the request, so it is never echoed.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final boolean https;

    JsonErrorHandler(boolean https) {
        this.https = https;
        setShowStacks(false);
        setShowServlet(false);
    }

    /** A request the parser refused: the connection answers and closes. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply((name, value) -> fields.put(name, value), https);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        return ByteBuffer.wrap(body(status, parserCause(reason)));
    }

    /** A request parsed but refused before the application (its path cannot be decoded, say). */
    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        int status = response.getStatus();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String cause = status == 400 && (failure == null || failure instanceof BadMessageException
                || failure instanceof IllegalArgumentException) ? "bad path" : null;
        SecurityHeaders.apply(response::setHeader, https);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        byte[] body = body(status, cause);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The cause, in the API's words, of what the HTTP parser refused (null when unknown). */
    private static String parserCause(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("chunk")) {
            return "bad chunked encoding";
        }
        if (r.contains("content-length")) {
            return "bad Content-Length";
        }
        if (r.contains("transfer-encoding")) {
            return "bad Transfer-Encoding";
        }
        if (r.contains("version")) {
            return "unsupported HTTP version";
        }
        if (r.contains("illegal character")) {
            return "illegal character";
        }
        if (r.contains("host")) {
            return "bad Host header";
        }
        // Jetty's parser says just "Bad Request" when building the request target failed: an
        // undecodable path such as /% (its other refusals carry their own reason).
        if (r.contains("uri") || r.contains("path") || r.equals("bad request")) {
            return "bad path";
        }
        return null;
    }

    static byte[] body(int status, String cause) {
        ApiError error = switch (status) {
            case 404 -> ApiError.notFound("No such route.");
            case 413 -> ApiError.tooLarge(RequestBodies.MAX_BYTES);
            case 414 -> ApiError.uriTooLong();
            case 431 -> ApiError.headersTooLarge();
            default -> status >= 500 && status != 501 && status != 505 ? ApiError.serverError()
                    : ApiError.notHttp(status, cause);
        };
        try {
            return JSON.writeValueAsBytes(error.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
