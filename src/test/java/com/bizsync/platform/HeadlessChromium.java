package com.bizsync.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Drives the system's headless Chromium through the Chrome DevTools protocol over the JDK's own
 * WebSocket client: no extra dependency, and the real browser renders the real dashboard.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Process process;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process) {
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /**
     * Starts Chromium on the profile folder (a new folder: a fresh browser; the same folder again:
     * the same browser restarted, with its storage and service workers) and opens its page's
     * DevTools socket.
     */
    static HeadlessChromium start(Path profile, int width, int height) throws Exception {
        // A profile used before keeps the port file of its last run: wait for this run's.
        Files.deleteIfExists(profile.resolve("DevToolsActivePort"));
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            waitFor(() -> Files.isRegularFile(portFile) && readQuietly(portFile).contains("\n"), Duration.ofSeconds(60),
                    "Chromium did not open its DevTools port");
            String port = readQuietly(portFile).lines().findFirst().orElseThrow();
            HttpClient http = HttpClient.newHttpClient();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String pageSocket = null;
            for (JsonNode t : Api.JSON.readTree(targets)) {
                if ("page".equals(t.path("type").asText())) {
                    pageSocket = t.get("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                throw new IllegalStateException("Chromium has no page target: " + targets);
            }
            HeadlessChromium chromium = new HeadlessChromium(p);
            chromium.socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), chromium.listener())
                    .get(30, TimeUnit.SECONDS);
            return chromium;
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private WebSocket.Listener listener() {
        StringBuilder frame = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    String message = frame.toString();
                    frame.setLength(0);
                    dispatch(message);
                }
                ws.request(1);
                return null;
            }
        };
    }

    private void dispatch(String message) {
        try {
            JsonNode m = Api.JSON.readTree(message);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
                if (f != null) {
                    f.complete(m);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("DevTools sent invalid JSON", e);
        }
    }

    /** Sends one DevTools command and returns its result (throws on a protocol error). */
    JsonNode send(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode command = Api.JSON.createObjectNode().put("id", id).put("method", method);
        command.set("params", Api.JSON.valueToTree(params));
        socket.sendText(Api.JSON.writeValueAsString(command), true).get(30, TimeUnit.SECONDS);
        JsonNode m = answer.get(60, TimeUnit.SECONDS);
        if (m.has("error")) {
            throw new IllegalStateException(method + " failed: " + m.get("error"));
        }
        return m.get("result");
    }

    void emulatePhone(int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 2, "mobile", true));
    }

    /** Sets the browser language the page sees (navigator.language, Accept-Language). */
    void language(String tag) throws Exception {
        send("Emulation.setUserAgentOverride", Map.of("userAgent", text("navigator.userAgent"), "acceptLanguage", tag));
    }

    /** Loads the URL and waits until the new document (not the one being left) has loaded. */
    void navigate(String url) throws Exception {
        eval("window.leftBehind = true");
        send("Page.navigate", Map.of("url", url));
        waitUntil("!window.leftBehind && document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page threw on `" + expression + "`: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    String text(String expression) throws Exception {
        return eval(expression).asText();
    }

    /** Types text into the focused field as keyboard input would. */
    void type(String selector, String text) throws Exception {
        eval("document.querySelector(" + Api.JSON.writeValueAsString(selector) + ").focus()");
        send("Input.insertText", Map.of("text", text));
    }

    void waitUntil(String condition, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (!eval("!!(" + condition + ")").asBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("the page never reached: " + condition + "; body: "
                        + text("document.body.innerText"));
            }
            Thread.sleep(100);
        }
    }

    byte[] screenshot() throws Exception {
        JsonNode r = send("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode(r.get("data").asText());
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout, String failure) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException(failure);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                send("Browser.close", Map.of());
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (Exception closingAnyway) {
            // The socket may already be gone: end the process whatever it says.
            process.destroyForcibly();
        }
    }
}
