package com.bizsync.platform;

import com.bizsync.i18n.UserError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.BindException;
import java.security.KeyStore;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-hostable platform: receives publications (platform-api.md, publisher endpoints),
 * serves them to mobile users (mobile endpoints) and hosts the mobile dashboard at {@code /}.
 */
public final class PlatformServer implements AutoCloseable {
    public static final String VERSION = com.bizsync.about.Version.current();
    private static final Logger LOG = LoggerFactory.getLogger(PlatformServer.class);
    private static final String API = "/api/v1";
    private static final String ERROR_WRITTEN = "bizsync.error-written";
    private static final Map<String, String> SECURITY_HEADERS = SecurityHeaders.ALWAYS;

    private final Javalin app;
    private final PlatformStorage storage;
    private final boolean https;
    private final String bindAddress;

    private PlatformServer(Javalin app, PlatformStorage storage, boolean https, String bindAddress) {
        this.app = app;
        this.storage = storage;
        this.https = https;
        this.bindAddress = bindAddress;
    }

    /**
     * Opens the storage and starts listening.
     *
     * @throws UserError when the port is taken, the keystore unusable or the data folder unusable
     */
    public static PlatformServer start(PlatformConfig config) {
        KeyStore keystore = config.https().map(HttpsConnector::load).orElse(null);
        PlatformStorage storage;
        try {
            storage = new CachingPlatformStorage(SqlitePlatformStorage.open(config.dataFolder()));
        } catch (StorageFailure e) {
            throw new UserError(e, "platform.error.dataFolder", config.dataFolder());
        }
        ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        RequestBodies bodies = new RequestBodies(json);
        ReadyPublications publications = new ReadyPublications(storage, json);
        PasswordChecker passwords = new PasswordChecker(config.limits());
        SignInThrottle throttle = new SignInThrottle(storage, config.clock(), config.limits());
        PublisherRoutes publisher = new PublisherRoutes(storage,
                new PublisherAuthenticator(storage, passwords, throttle), bodies, json, config.clock(), passwords);
        MobileRoutes mobile = new MobileRoutes(storage, publications, bodies, config.clock(), config.tokenLifetime(),
                passwords, throttle);

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.gzipOnlyCompression();
            cfg.router.ignoreTrailingSlashes = true;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/platform/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
                files.mimeTypes.add("application/manifest+json", "webmanifest");
            });
            AppIcons.serve(cfg, SECURITY_HEADERS);
            listen(cfg, config, keystore);
            // Errors Jetty answers itself (unparsable requests, undecodable paths) in the API's shape.
            JsonErrorHandler errors = new JsonErrorHandler(keystore != null);
            cfg.jetty.modifyServer(server -> server.setErrorHandler(errors));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            cfg.router.mount(r -> {
                // Browsers that look for the site icon at the root find the brand one.
                r.get("/favicon.ico", ctx -> ctx.redirect("icons/bizsync.ico", io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
                r.get(API + "/health", ctx -> ctx.json(Map.of("status", "ok", "version", VERSION)));
                r.get(API + "/publisher/check", publisher::check);
                r.put(API + "/publisher/companies/{code}/publication", publisher::putPublication);
                r.delete(API + "/publisher/companies/{code}/publication", publisher::deletePublication);
                r.put(API + "/publisher/users", publisher::putUsers);
                r.delete(API + "/publisher/data", publisher::deleteData);
                r.post(API + "/mobile/sessions", mobile::signIn);
                r.get(API + "/mobile/companies", mobile::companies);
                r.get(API + "/mobile/companies/{code}/views", mobile::views);
                r.delete(API + "/mobile/sessions/current", mobile::signOut);
            });
        });
        boolean https = keystore != null;
        app.before(ctx -> headers(ctx, https));
        app.exception(ApiError.class, (e, ctx) -> writeError(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> writeError(ctx, fromJavalin(e)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            writeError(ctx, ApiError.serverError());
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_WRITTEN) == null) {
                writeError(ctx, ApiError.notFound("No such route."));
            }
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            storage.close();
            if (causedByBind(e)) {
                throw new UserError(e, "platform.error.portInUse", config.bindAddress(), config.port());
            }
            throw new UserError(e, "platform.error.startFailed", config.bindAddress(), config.port());
        }
        PlatformServer server = new PlatformServer(app, storage, https, config.bindAddress());
        LOG.info("Platform listening on {} (data folder {})", server.url(), config.dataFolder());
        return server;
    }

    private static void listen(JavalinConfig cfg, PlatformConfig config, KeyStore keystore) {
        long idleMillis = config.idleTimeout().toMillis();
        AbuseLimits limits = config.limits();
        if (keystore == null) {
            // Our own plain connector instead of Javalin's, to set how long an idle one lives.
            cfg.jetty.addConnector((server, http) -> {
                minimumBodyRate(http, limits);
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.bindAddress());
                connector.setPort(config.port());
                return defended(connector, idleMillis, limits);
            });
            return;
        }
        char[] password = config.https().orElseThrow().password();
        // Our own connector replaces Javalin's plain one: HTTPS only, never both.
        cfg.jetty.addConnector((server, http) -> defended(HttpsConnector.create(server, minimumBodyRate(http, limits),
                keystore, password, config.bindAddress(), config.port()), idleMillis, limits));
    }

    /** A body arriving slower than this is cut off: Jetty checks the average rate on each read. */
    private static HttpConfiguration minimumBodyRate(HttpConfiguration http, AbuseLimits limits) {
        http.setMinRequestDataRate(limits.minBodyBytesPerSecond());
        return http;
    }

    /** Slow and abusive connections (docs/platform.md): idle ones close, one address holds so many. */
    private static ServerConnector defended(ServerConnector connector, long idleMillis, AbuseLimits limits) {
        connector.setIdleTimeout(idleMillis);
        connector.addBean(new ConnectionsPerAddress(limits.connectionsPerAddress(), limits.trustedProxies()));
        return connector;
    }

    private static void headers(Context ctx, boolean https) {
        SecurityHeaders.apply(ctx::header, https);
        if (ctx.path().startsWith(API)) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void writeError(Context ctx, ApiError e) {
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        if (e.status() == 401 && "bad_credentials".equals(e.code()) && ctx.path().startsWith(API + "/publisher")) {
            ctx.header("WWW-Authenticate", "Basic realm=\"BizSync\", charset=\"UTF-8\"");
        }
        ctx.status(e.status()).json(e.body());
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 400 -> ApiError.badRequest("Bad request.");
            case 404 -> ApiError.notFound("No such route.");
            case 413 -> ApiError.tooLarge(RequestBodies.MAX_BYTES);
            default -> ApiError.serverError();
        };
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The port actually listened on (the random one when the config said 0). */
    public int port() {
        return app.port();
    }

    /** The address to give users, e.g. {@code https://127.0.0.1:8443/}. */
    public String url() {
        String host = bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
        return (https ? "https" : "http") + "://" + host + ":" + port() + "/";
    }

    /** Stops listening and releases the storage. */
    @Override
    public void close() {
        app.stop();
        storage.close();
    }
}
