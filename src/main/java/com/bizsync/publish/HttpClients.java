package com.bizsync.publish;

import com.bizsync.i18n.UserError;
import com.bizsync.settings.ProxySettings;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client for one proxy configuration. All clients derive from one base client
 * so they share its connection pool and threads. There is deliberately no logging interceptor:
 * headers carry the customer password and the proxy password.
 */
final class HttpClients {
    static {
        // "System default" means the operating system's proxy settings (Windows Internet
        // options, GNOME), not only -Dhttps.proxyHost. The JDK reads this property once, when
        // its default proxy selector is first used, so it is set before that; an explicit
        // -Djava.net.useSystemProxies=false given by an administrator is kept.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
    }

    /**
     * Idle connections are dropped by the client before the platform's Jetty would close them
     * (30 s), so most never go stale.
     */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private static final OkHttpClient BASE = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(5, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
            // A proxy or load balancer may close idle connections sooner than KEEP_ALIVE: a
            // request that meets such a stale pooled connection must go out again on a fresh one
            // (OkHttp's recovery for exactly this case). Our own bounded loop still handles the
            // platform's answers and real network failures.
            .retryOnConnectionFailure(true)
            .build();

    private HttpClients() {
    }

    static OkHttpClient forProxy(ProxySettings proxy, ClientTuning tuning) {
        OkHttpClient.Builder builder = BASE.newBuilder()
                .connectTimeout(tuning.connectTimeout())
                .readTimeout(tuning.readTimeout())
                .writeTimeout(tuning.writeTimeout());
        if (proxy.mode() == ProxySettings.Mode.MANUAL) {
            if (proxy.host() == null || proxy.host().isBlank()) {
                throw new UserError("publish.noProxyHost");
            }
            int port = proxy.port() == null ? 8080 : proxy.port();
            builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host().trim(), port)));
            if (proxy.authenticated()) {
                builder.proxyAuthenticator(new ProxyCredentials(proxy.user().trim(), proxy.password()));
            }
        } else {
            builder.proxy(null).proxySelector(ProxySelector.getDefault());
        }
        return builder.build();
    }
}
