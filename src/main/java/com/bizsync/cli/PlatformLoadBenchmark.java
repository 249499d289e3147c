package com.bizsync.cli;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.bizsync.platform.AbuseLimits;
import com.bizsync.platform.JdbcPlatformStorage;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformDatabase;
import com.bizsync.platform.PlatformServer;
import com.bizsync.platform.PlatformStores;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two platform instances on 127.0.0.1 sharing one PostgreSQL database: N customers × M companies
 * are published twice (a first round, then a second while mobile users read through both
 * instances). Every publication carries a marker: the company is named "v&lt;n&gt;" and every
 * figure of every view is n, so each read is checked to be one whole version. Reports throughput
 * and p50/p99 latencies of reads and publications, and the reads that saw a mix (must be 0).
 */
final class PlatformLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "load-password";
    private static final String USER_PASSWORD = "reader-password";

    private PlatformLoadBenchmark() {
    }

    private record Sample(long nanos, boolean ok) {
    }

    /** @return true when no read saw a partial snapshot and no request failed */
    static boolean run(PlatformDatabase database, int customers, int companies, int publishers, int readers,
                       PrintWriter out) throws Exception {
        Path data = Files.createTempDirectory("bizsync-load-");
        out.printf("preparing %d customers with one mobile user each on %s%n", customers, database.safeUrl());
        out.flush();
        // Cost 4: the platform accepts any bcrypt cost; the load measured is the platform's, not bcrypt's.
        String customerHash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
        try (JdbcPlatformStorage storage = PlatformStores.open(data, Optional.of(database))) {
            for (int c = 0; c < customers; c++) {
                if (!storage.addCustomer(customer(c), "Load " + c, customerHash)) {
                    storage.setCustomerPassword(customer(c), customerHash);
                }
            }
        }
        // The readers' hashes are cheap (cost 4) like the customers': allowed on these instances only.
        PlatformConfig config = PlatformConfig.defaults(data).withDatabase(database)
                .withLimits(AbuseLimits.defaults().withHashCosts(4, 12));
        try (PlatformServer a = PlatformServer.start(config); PlatformServer b = PlatformServer.start(config)) {
            List<String> bases = List.of("http://127.0.0.1:" + a.port(), "http://127.0.0.1:" + b.port());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String userHash = BCrypt.withDefaults().hashToString(4, USER_PASSWORD.toCharArray());
            for (int c = 0; c < customers; c++) {
                send(http, bases.get(c % 2), "PUT", "/api/v1/publisher/users", basic(c), users(userHash, companies));
            }
            Queue round1 = publishRound(http, bases, customers, companies, publishers, 1, null);
            report(out, "publications, round 1 (no reads)", round1.samples, round1.elapsedNanos);
            out.flush();

            List<String> tokens = new ArrayList<>();
            for (int c = 0; c < customers; c++) {
                ObjectNode signIn = JSON.createObjectNode().put("customer", customer(c)).put("company", company(0))
                        .put("login", "reader").put("password", USER_PASSWORD);
                tokens.add(send(http, bases.get(c % 2), "POST", "/api/v1/mobile/sessions", null, signIn)
                        .get("token").asText());
            }
            ReadLoad reads = new ReadLoad(http, bases, tokens, companies, readers);
            reads.start();
            Queue round2 = publishRound(http, bases, customers, companies, publishers, 2, reads);
            reads.stop();
            report(out, "publications, round 2 (while reading)", round2.samples, round2.elapsedNanos);
            report(out, "reads through both instances", new ArrayList<>(reads.samples), reads.elapsedNanos);
            out.printf("reads that saw a partial or mixed snapshot: %d (of %d checked)%n", reads.mixed.get(),
                    reads.samples.size());
            if (reads.firstMixed.get() != null) {
                out.printf("first such read: %s%n", reads.firstMixed.get());
            }
            long failures = round1.failures() + round2.failures() + reads.failures();
            out.printf("failed requests: %d%n", failures);
            out.flush();
            return reads.mixed.get() == 0 && failures == 0;
        } finally {
            Files.deleteIfExists(data.resolve("platform.db"));
            Files.deleteIfExists(data);
        }
    }

    private record Queue(List<Sample> samples, long elapsedNanos) {
        long failures() {
            return samples.stream().filter(s -> !s.ok()).count();
        }
    }

    private static Queue publishRound(HttpClient http, List<String> bases, int customers, int companies,
                                      int publishers, int round, ReadLoad reads) throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        int total = customers * companies;
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    int c = i / companies;
                    int version = round * 1_000_000 + i;
                    long t0 = System.nanoTime();
                    boolean ok = true;
                    try {
                        send(http, bases.get(i % 2), "PUT", "/api/v1/publisher/companies/" + company(i % companies)
                                + "/publication", basic(c), publication(version));
                    } catch (IOException | RuntimeException e) {
                        ok = false;
                    }
                    samples.add(new Sample(System.nanoTime() - t0, ok));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.HOURS);
        }
        pool.shutdown();
        return new Queue(new ArrayList<>(samples), System.nanoTime() - start);
    }

    /** Readers signed in as the customers' mobile users, each read through either instance. */
    private static final class ReadLoad {
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicLong mixed = new AtomicLong();
        final java.util.concurrent.atomic.AtomicReference<String> firstMixed = new java.util.concurrent.atomic.AtomicReference<>();
        private final HttpClient http;
        private final List<String> bases;
        private final List<String> tokens;
        private final int companies;
        private final ExecutorService pool;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Future<?>> workers = new ArrayList<>();
        private final int readers;
        private long start;
        long elapsedNanos;

        ReadLoad(HttpClient http, List<String> bases, List<String> tokens, int companies, int readers) {
            this.http = http;
            this.bases = bases;
            this.tokens = tokens;
            this.companies = companies;
            this.readers = readers;
            this.pool = Executors.newFixedThreadPool(readers);
        }

        void start() {
            start = System.nanoTime();
            for (int r = 0; r < readers; r++) {
                workers.add(pool.submit(this::readUntilStopped));
            }
        }

        private Void readUntilStopped() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (running.get()) {
                int c = random.nextInt(tokens.size());
                String path = "/api/v1/mobile/companies/" + company(random.nextInt(companies)) + "/views";
                long t0 = System.nanoTime();
                boolean ok = true;
                try {
                    JsonNode doc = send(http, bases.get(random.nextInt(2)), "GET", path, "Bearer " + tokens.get(c), null);
                    if (!wholeVersion(doc)) {
                        mixed.incrementAndGet();
                        firstMixed.compareAndSet(null, doc.toString());
                    }
                } catch (IOException | RuntimeException e) {
                    ok = false;
                }
                samples.add(new Sample(System.nanoTime() - t0, ok));
            }
            return null;
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> f : workers) {
                f.get(1, TimeUnit.MINUTES);
            }
            elapsedNanos = System.nanoTime() - start;
            pool.shutdown();
        }

        long failures() {
            return samples.stream().filter(s -> !s.ok()).count();
        }
    }

    /** Every figure of every view equals the version in the company's name. */
    static boolean wholeVersion(JsonNode doc) {
        double version = Double.parseDouble(doc.get("company").get("name").asText().substring(1));
        JsonNode views = doc.get("views");
        if (views.size() != 2) {
            return false;
        }
        List<Double> figures = new ArrayList<>();
        JsonNode sales = views.get("sales_revenue");
        figures.add(sales.get("month").asDouble());
        figures.add(sales.get("year").asDouble());
        sales.get("byMonth").forEach(m -> figures.add(m.get("amount").asDouble()));
        views.get("top5_customers_month").get("rows").forEach(r -> figures.add(r.get("amount").asDouble()));
        return figures.size() == 18 && figures.stream().allMatch(f -> f == version);
    }

    private static ObjectNode publication(int version) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("asOf", "2026-11-22");
        doc.putObject("company").put("name", "v" + version).put("currency", "EUR");
        ObjectNode views = doc.putObject("views");
        ObjectNode sales = views.putObject("sales_revenue").put("month", version).put("year", version);
        ArrayNode byMonth = sales.putArray("byMonth");
        for (int m = 1; m <= 11; m++) {
            byMonth.addObject().put("month", String.format("2026-%02d", m)).put("amount", version);
        }
        ArrayNode rows = views.putObject("top5_customers_month").putArray("rows");
        for (int r = 1; r <= 5; r++) {
            rows.addObject().put("rank", r).put("code", "C" + r).put("label", "Client " + r).put("amount", version);
        }
        return doc;
    }

    private static ObjectNode users(String hash, int companies) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode user = body.putArray("users").addObject().put("login", "reader").put("name", "Reader")
                .put("passwordHash", hash);
        ObjectNode grants = user.putObject("grants");
        for (int c = 0; c < companies; c++) {
            grants.putArray(company(c)).add("sales_revenue").add("top5_customers_month");
        }
        return body;
    }

    private static String customer(int index) {
        return String.format("LOAD%05d", index);
    }

    private static String company(int index) {
        return "CO" + index;
    }

    private static String basic(int customer) {
        return "Basic " + Base64.getEncoder().encodeToString((customer(customer) + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode send(HttpClient http, String base, String method, String path, String authorization,
                                 JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void report(PrintWriter out, String what, List<Sample> samples, long elapsedNanos) {
        List<Long> nanos = new ArrayList<>();
        samples.forEach(s -> nanos.add(s.nanos()));
        Collections.sort(nanos);
        double seconds = elapsedNanos / 1e9;
        out.printf("%s: %d in %.1f s = %.0f/s; p50 %.1f ms, p99 %.1f ms%n", what, samples.size(), seconds,
                samples.size() / seconds, percentile(nanos, 0.50), percentile(nanos, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
