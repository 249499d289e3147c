package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and abusive connections: 1,000 real sockets from one address each announce a sign-in body
 * and trickle it one byte at a time, while an ordinary user on another address (127.0.0.2, also
 * loopback) signs in and reads the views, each round within 2 s.
 */
@Timeout(180)
class PlatformSlowConnectionsTest extends PlatformTestBase {
    private static final int SLOW_CONNECTIONS = 1000;
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @BeforeEach
    void publishACompanyAndAUser() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        putUsers(acme(), Fixtures.users(Fixtures.user("jdupont", "Jean Dupont", "jean-pw",
                grants("BIJOU", List.of("sales_revenue")))));
    }

    @Test
    void aThousandTricklingConnectionsDoNotStopAnOrdinaryUserBeingServed() throws Exception {
        LoopbackClient user = new LoopbackClient("127.0.0.2", server.port());
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        int[] ends = {0, 0};
        Thread trickler = new Thread(() -> trickle(slow, trickling, ends), "trickler");
        try {
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
                s.setSoTimeout(1000);
                try {
                    s.getOutputStream().write(("POST /api/v1/mobile/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException refused) {
                    // Already closed by the platform: that is one of the answers we want.
                }
                synchronized (slow) {
                    slow.add(s);
                }
            }
            trickler.start();
            Thread.sleep(2000); // every slow request has reached the server and waits for its body
            long worst = 0;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                LoopbackClient.Answer signedIn = user.signIn("ACME", "BIJOU", "jdupont", "jean-pw");
                assertEquals(200, signedIn.status(), signedIn.text());
                assertEquals(200, user.views(signedIn.token(), "BIJOU").status());
                long took = System.nanoTime() - start;
                worst = Math.max(worst, took);
                assertTrue(took < PROMPT.toNanos(), "round " + round + " took " + took / 1_000_000 + " ms");
                Thread.sleep(1000);
            }
            synchronized (slow) {
                System.out.printf("Slow connections: %d opened, %d closed at once (per-address limit), %d answered "
                        + "408 (too slow); ordinary user's worst sign-in + views round %d ms%n", slow.size(), ends[0],
                        ends[1], worst / 1_000_000);
            }
        } finally {
            trickling.set(false);
            trickler.join(5000);
            synchronized (slow) {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void aBodyTrickledSlowerThanTheMinimumRateIsCutOffWith408() throws Exception {
        try (Socket s = connectFrom("127.0.0.3")) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/mobile/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            String answer = "";
            for (int i = 0; i < 40 && answer.isEmpty(); i++) {
                try {
                    out.write(' ');
                    out.flush();
                    Thread.sleep(250);
                    if (s.getInputStream().available() > 0) {
                        answer = new String(s.getInputStream().readNBytes(s.getInputStream().available()),
                                StandardCharsets.UTF_8);
                    }
                } catch (IOException closed) {
                    break;
                }
            }
            if (answer.isEmpty()) {
                answer = new String(s.getInputStream().readNBytes(400), StandardCharsets.UTF_8);
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
            assertTrue(answer.contains("\"error\":\"too_slow\""), answer);
            assertTrue(seconds < 10, "cut off after " + seconds + " s");
        }
    }

    @Test
    void oneAddressKeepsAtMost32ConnectionsTheOthersAreClosedAtOnce() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = connectFrom("127.0.0.4");
                s.setSoTimeout(300);
                sockets.add(s);
            }
            Thread.sleep(500);
            int closed = 0;
            for (Socket s : sockets) {
                try {
                    if (s.getInputStream().read() == -1) {
                        closed++;
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // kept open by the platform, waiting for a request
                } catch (IOException reset) {
                    closed++;
                }
            }
            assertEquals(8, closed, "40 connections from one address, 32 allowed");
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        assertEquals(200, api.get("/api/v1/health", null).status(), "another address is served meanwhile");
    }

    @Test
    void aClosedConnectionFreesItsPlaceForTheNextOne() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Socket s = connectFrom("127.0.0.11")) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(answer.startsWith("HTTP/1.1 200 "), "connection " + i + ": " + answer);
            }
        }
    }

    @Test
    void aTrustedReverseProxyIsNotLimitedToSoManyConnections() throws Exception {
        server.close();
        server = PlatformServer.start(config().withLimits(config().limits()
                .withTrustedProxies(java.util.Set.of(InetAddress.getByName("127.0.0.10")))));
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = connectFrom("127.0.0.10");
                sockets.add(s);
            }
            Thread.sleep(500);
            for (Socket s : sockets) {
                s.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            }
            for (Socket s : sockets) {
                s.setSoTimeout(10_000);
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /**
     * One byte per connection every 500 ms. {@code ends[0]} counts connections the platform
     * closed without answering (beyond the per-address limit), {@code ends[1]} those it answered
     * 408 (body too slow); the test closes the latter itself.
     */
    private static void trickle(List<Socket> slow, AtomicBoolean trickling, int[] ends) {
        List<Socket> alive;
        synchronized (slow) {
            alive = new ArrayList<>(slow);
        }
        while (trickling.get()) {
            for (Socket s : new ArrayList<>(alive)) {
                try {
                    if (s.getInputStream().available() > 0) {
                        String answer = new String(s.getInputStream().readNBytes(s.getInputStream().available()),
                                StandardCharsets.US_ASCII);
                        alive.remove(s);
                        s.close();
                        synchronized (slow) {
                            ends[answer.startsWith("HTTP/1.1 408 ") ? 1 : 0]++;
                        }
                        continue;
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    alive.remove(s);
                    synchronized (slow) {
                        ends[0]++;
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A socket from another loopback address (another client machine) to the platform. */
    private Socket connectFrom(String address) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
        return s;
    }
}
