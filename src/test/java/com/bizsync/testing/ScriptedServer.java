package com.bizsync.testing;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deliberately failing real HTTP server (Javalin on 127.0.0.1, random port): every publisher
 * request gets the status and body it was told to answer, and is counted. It stands in for a
 * platform in trouble, which the real platform cannot be made to be on demand.
 */
public final class ScriptedServer implements AutoCloseable {
    private final Javalin app;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int status;
    private volatile String body;

    public ScriptedServer(int status, String body) {
        this.status = status;
        this.body = body;
        this.app = Javalin.create().before("/api/v1/*", ctx -> requests.incrementAndGet())
                .get("/api/v1/publisher/check", ctx -> ctx.status(this.status).contentType("application/json").result(this.body))
                .put("/api/v1/publisher/companies/{code}/publication",
                        ctx -> ctx.status(this.status).contentType("application/json").result(this.body))
                .start("127.0.0.1", 0);
    }

    public String url() {
        return "http://127.0.0.1:" + app.port();
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        app.stop();
    }
}
