package com.bizsync.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.SocketFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A client machine of its own on loopback: its sockets leave from another 127.x.y.z address,
 * so the platform sees another client address (per-address limits).
 */
final class LoopbackClient {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String base;

    LoopbackClient(String address, int port) {
        this.http = new OkHttpClient.Builder().socketFactory(boundTo(address)).callTimeout(Duration.ofSeconds(10))
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, String text, String retryAfter) {
        String error() {
            try {
                return Api.JSON.readTree(text).path("error").asText();
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + text, e);
            }
        }

        String token() {
            try {
                return Api.JSON.readTree(text).get("token").asText();
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + text, e);
            }
        }
    }

    Answer signIn(String customer, String company, String login, String password) {
        return signIn(customer, company, login, password, null);
    }

    /** As a reverse proxy would send it, naming the client in X-Forwarded-For (null: no header). */
    Answer signIn(String customer, String company, String login, String password, String forwardedFor) {
        String body = Api.JSON.createObjectNode().put("customer", customer).put("company", company)
                .put("login", login).put("password", password).toString();
        Request.Builder request = new Request.Builder().url(base + "/api/v1/mobile/sessions")
                .post(RequestBody.create(body, JSON_TYPE));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request.build());
    }

    Answer views(String token, String company) {
        return send(new Request.Builder().url(base + "/api/v1/mobile/companies/" + company + "/views")
                .header("Authorization", "Bearer " + token).build());
    }

    private Answer send(Request request) {
        try (Response r = http.newCall(request).execute()) {
            return new Answer(r.code(), r.body().string(), r.header("Retry-After"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SocketFactory boundTo(String address) {
        InetAddress local;
        try {
            local = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                Socket s = new Socket();
                s.bind(new InetSocketAddress(local, 0));
                return s;
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort)
                    throws IOException {
                return connected(new InetSocketAddress(host, port));
            }

            private Socket connected(InetSocketAddress to) throws IOException {
                Socket s = createSocket();
                s.connect(to);
                return s;
            }
        };
    }
}
