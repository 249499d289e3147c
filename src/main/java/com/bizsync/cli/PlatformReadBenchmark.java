package com.bizsync.cli;

import com.bizsync.demo.DemoCompany;
import com.bizsync.demo.DemoDatabaseGenerator;
import com.bizsync.engine.Cancellation;
import com.bizsync.engine.DefaultEngine;
import com.bizsync.engine.OperationResult;
import com.bizsync.engine.ProgressListener;
import com.bizsync.i18n.UserError;
import com.bizsync.platform.AbuseLimits;
import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import com.bizsync.settings.SqliteSettingsStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from a local platform holding the demo publications, with the standard load tool
 * {@code hey} (Debian package {@code hey}), side by side in one run: {@code /health} (no storage,
 * no authentication) against the mobile views endpoint (token check, grants, the publication).
 * First as fast as 50 connections go (throughput), then at a fixed 500 requests/s (latency p99).
 * Targets: views at least half of {@code /health}'s throughput, views p99 at 500 requests/s at
 * most 20 ms.
 */
final class PlatformReadBenchmark {
    static final double TARGET_RATIO = 0.5;
    static final double TARGET_P99_MS = 20.0;
    private static final int CONNECTIONS = 50;
    private static final int RATE = 500;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("99%+ in ([0-9.]+) secs");
    private static final Pattern STATUS = Pattern.compile("\\[(\\d{3})]\\s+(\\d+) responses");

    private PlatformReadBenchmark() {
    }

    record Load(double requestsPerSecond, double p99Millis, Map<Integer, Long> statuses) {
        boolean allOk() {
            return statuses.keySet().stream().allMatch(s -> s == 200) && !statuses.isEmpty();
        }
    }

    /** @return true when both targets are met */
    static boolean run(int seconds, PrintWriter out) {
        requireHey();
        Path work = createWorkFolder();
        try {
            List<DemoCompany> demo = DemoDatabaseGenerator.writeDemoCompanies(work.resolve("demo"));
            Path platformData = work.resolve("platform");
            DemoSetup.ensureCustomer(platformData);
            // hey is one client address with 50 connections: above the per-address limit meant for
            // the Internet (AbuseLimits), which would otherwise close the extra ones.
            AbuseLimits limits = AbuseLimits.defaults();
            PlatformConfig config = PlatformConfig.defaults(platformData)
                    .withLimits(limits.withConnections(limits.minBodyBytesPerSecond(), 2 * CONNECTIONS));
            try (PlatformServer server = PlatformServer.start(config);
                 SqliteSettingsStore store = SqliteSettingsStore.open(work.resolve("home"))) {
                String base = "http://127.0.0.1:" + server.port();
                DemoSetup.fillSettings(store, base, demo);
                List<OperationResult> results = new DefaultEngine(store, Clock.systemDefaultZone())
                        .publishAll(ProgressListener.NONE, Cancellation.none());
                if (results.stream().anyMatch(r -> !r.success())) {
                    out.println("the demo publication failed: " + results);
                    out.flush();
                    return false;
                }
                String company = demo.get(0).code();
                String token = signIn(base, company);
                String health = base + "/api/v1/health";
                String views = base + "/api/v1/mobile/companies/" + company + "/views";
                List<String> auth = List.of("-H", "Authorization: Bearer " + token);

                // Warm-up, not counted: class loading and JIT compilation.
                hey(health, List.of(), 3, null);
                hey(views, auth, 3, null);
                Load healthMax = hey(health, List.of(), seconds, null);
                Load viewsMax = hey(views, auth, seconds, null);
                Load healthRate = hey(health, List.of(), seconds, RATE);
                Load viewsRate = hey(views, auth, seconds, RATE);

                out.printf(Locale.ROOT, "platform reads on %s (%d cores), hey, %d connections, %d s each%n",
                        base, Runtime.getRuntime().availableProcessors(), CONNECTIONS, seconds);
                out.printf(Locale.ROOT, "%-44s %12s %14s%n", "", "max req/s", "p99 @500 req/s");
                print(out, "GET /api/v1/health", healthMax, healthRate);
                print(out, "GET /api/v1/mobile/companies/" + company + "/views", viewsMax, viewsRate);
                double ratio = viewsMax.requestsPerSecond() / healthMax.requestsPerSecond();
                boolean ratioOk = ratio >= TARGET_RATIO;
                boolean p99Ok = viewsRate.p99Millis() <= TARGET_P99_MS;
                boolean allOk = healthMax.allOk() && viewsMax.allOk() && healthRate.allOk() && viewsRate.allOk();
                out.printf(Locale.ROOT, "targets: views/health throughput %.2f >= %.1f: %s; views p99 %.1f ms <= %.0f ms:"
                                + " %s; every answer 200: %s%n", ratio, TARGET_RATIO, ratioOk ? "met" : "MISSED",
                        viewsRate.p99Millis(), TARGET_P99_MS, p99Ok ? "met" : "MISSED", allOk ? "yes" : "NO");
                out.flush();
                return ratioOk && p99Ok && allOk;
            }
        } finally {
            PublishBenchmark.deleteQuietly(work);
        }
    }

    private static void print(PrintWriter out, String what, Load max, Load rate) {
        out.printf(Locale.ROOT, "%-44s %12.0f %11.1f ms   statuses %s / %s%n", what, max.requestsPerSecond(),
                rate.p99Millis(), max.statuses(), rate.statuses());
    }

    private static String signIn(String base, String company) {
        try {
            String body = new ObjectMapper().writeValueAsString(Map.of("customer", DemoSetup.CUSTOMER,
                    "company", company, "login", DemoSetup.DIRECTION, "password", DemoSetup.DIRECTION_PASSWORD));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/mobile/sessions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("demo sign-in answered " + answer.statusCode() + ": " + answer.body());
            }
            return new ObjectMapper().readTree(answer.body()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs hey for the given time; with a rate, each connection is held to its share of it. */
    private static Load hey(String url, List<String> headers, int seconds, Integer rate) {
        List<String> command = new ArrayList<>(List.of("hey", "-z", seconds + "s", "-c", String.valueOf(CONNECTIONS)));
        if (rate != null) {
            command.addAll(List.of("-q", String.valueOf(rate / CONNECTIONS)));
        }
        command.addAll(headers);
        command.add(url);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("hey failed: " + report);
            }
            return parse(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Load parse(String report) {
        Matcher rps = RPS.matcher(report);
        Matcher p99 = P99.matcher(report);
        if (!rps.find() || !p99.find()) {
            throw new IllegalStateException("unexpected hey report: " + report);
        }
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        Matcher status = STATUS.matcher(report);
        while (status.find()) {
            statuses.put(Integer.parseInt(status.group(1)), Long.parseLong(status.group(2)));
        }
        return new Load(Double.parseDouble(rps.group(1)), Double.parseDouble(p99.group(1)) * 1000, statuses);
    }

    private static void requireHey() {
        try {
            Process p = new ProcessBuilder("hey").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (IOException e) {
            throw new UserError("engine.cli.benchNeedsHey");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path createWorkFolder() {
        try {
            return Files.createTempDirectory("bizsync-bench-platform");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
