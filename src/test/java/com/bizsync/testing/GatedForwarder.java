package com.bizsync.testing;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that forwards every request to the real platform, except that
 * it can hold company publications until released: it stands in for a slow network or a large
 * company, so that a test can act at a known moment in the middle of another process's run.
 */
public final class GatedForwarder implements AutoCloseable {
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Content-Encoding",
            "Accept");
    private final String target;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Javalin app;
    private final AtomicInteger held = new AtomicInteger();
    private final java.util.Map<String, AtomicInteger> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Integer> maxInFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public GatedForwarder(String platformUrl) {
        this.target = platformUrl.replaceAll("/+$", "");
        this.app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.PUT, HandlerType.DELETE, HandlerType.POST)) {
            app.addHttpHandler(method, "/*", this::forward);
        }
        app.start("127.0.0.1", 0);
    }

    public String url() {
        return "http://127.0.0.1:" + app.port();
    }

    /** From now on, company publications wait until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void release() {
        gate.countDown();
    }

    /** Waits until at least one publication is being held. */
    public boolean awaitHeld(long timeout, TimeUnit unit) throws InterruptedException {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (held.get() == 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** How many publications have been held so far. */
    public int heldCount() {
        return held.get();
    }

    /** The most publications of this company or family that were on their way at the same moment. */
    public int maxInFlight(String code) {
        return maxInFlight.getOrDefault(code, 0);
    }

    private void forward(Context ctx) throws Exception {
        if (ctx.method() == HandlerType.PUT && ctx.path().endsWith("/publication")) {
            String code = ctx.path().replaceAll(".*/companies/([^/]+)/publication$", "$1");
            AtomicInteger now = inFlight.computeIfAbsent(code, c -> new AtomicInteger());
            maxInFlight.merge(code, now.incrementAndGet(), Math::max);
            try {
                held.incrementAndGet();
                if (!gate.await(2, TimeUnit.MINUTES)) {
                    ctx.status(504);
                    return;
                }
                send(ctx);
            } finally {
                now.decrementAndGet();
            }
            return;
        }
        send(ctx);
    }

    private void send(Context ctx) throws Exception {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + ctx.path() + query))
                .timeout(Duration.ofSeconds(60))
                .method(ctx.method().name(), HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
        for (String name : FORWARDED_HEADERS) {
            String value = ctx.header(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        ctx.status(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        ctx.result(answer.body());
    }

    @Override
    public void close() {
        release();
        app.stop();
    }
}
