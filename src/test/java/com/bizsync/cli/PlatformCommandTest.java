package com.bizsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.platform.PlatformConfig;
import com.bizsync.platform.PlatformServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bizsync platform …} run as a real separate process (passwords come from environment
 * variables, which a test cannot set inside its own JVM).
 */
class PlatformCommandTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    private Process launch(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.bizsync.cli.Main", "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("BIZSYNC_LANG", "fr");
        pb.environment().putAll(env);
        return pb.start();
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        Process p = launch(env, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out.strip(), err.strip());
    }

    @Test
    void customersAreAddedListedAndRefusedWithOneSentence() throws Exception {
        Run added = run(Map.of("ACME_PW", "long-enough-1"), "platform", "customer", "add", "--code", "ACME",
                "--name", "Acme SARL", "--password-env", "ACME_PW");
        assertEquals(0, added.exit(), added.err());
        assertEquals("Client ACME (Acme SARL) créé.", added.out());

        Run again = run(Map.of("ACME_PW", "long-enough-1"), "platform", "customer", "add", "--code", "ACME",
                "--name", "Other", "--password-env", "ACME_PW");
        assertEquals(1, again.exit());
        assertEquals("Le client ACME existe déjà. Choisissez un autre code, ou changez son mot de passe avec « customer passwd ».",
                again.err());

        Run badCode = run(Map.of("PW", "long-enough-1"), "platform", "customer", "add", "--code", "acme-1",
                "--name", "X", "--password-env", "PW");
        assertEquals(1, badCode.exit());
        assertTrue(badCode.err().startsWith("Le code client acme-1 est invalide"), badCode.err());

        Run noEnv = run(Map.of(), "platform", "customer", "add", "--code", "GLOBEX", "--name", "Globex",
                "--password-env", "UNSET_VARIABLE_XYZ");
        assertEquals(1, noEnv.exit());
        assertTrue(noEnv.err().startsWith("La variable d'environnement UNSET_VARIABLE_XYZ est vide"), noEnv.err());

        Run noConsole = run(Map.of(), "platform", "customer", "add", "--code", "GLOBEX", "--name", "Globex");
        assertEquals(1, noConsole.exit());
        assertTrue(noConsole.err().startsWith("Aucune console pour saisir le mot de passe"), noConsole.err());

        Run tooShort = run(Map.of("PW", "short"), "platform", "customer", "add", "--code", "GLOBEX",
                "--name", "Globex", "--password-env", "PW");
        assertEquals(1, tooShort.exit());
        assertTrue(tooShort.err().contains("au moins 8 caractères"), tooShort.err());

        Run list = run(Map.of(), "platform", "customer", "list");
        assertEquals(0, list.exit(), list.err());
        assertEquals("ACME\tAcme SARL", list.out());
        assertTrue(home.resolve("platform").resolve("platform.db").toFile().isFile(), "default data folder");
    }

    @Test
    void passwdChangesThePasswordForARunningPlatform() throws Exception {
        Path data = home.resolve("elsewhere");
        assertEquals(0, run(Map.of("PW", "first-password"), "platform", "customer", "add", "--data", data.toString(),
                "--code", "ACME", "--name", "Acme SARL", "--password-env", "PW").exit());
        try (PlatformServer server = PlatformServer.start(PlatformConfig.defaults(data))) {
            assertEquals(200, check(server, "first-password"));
            assertEquals(200, check(server, "first-password"), "served from the verification cache");

            Run changed = run(Map.of("PW", "second-password"), "platform", "customer", "passwd", "--data",
                    data.toString(), "--code", "ACME", "--password-env", "PW");
            assertEquals(0, changed.exit(), changed.err());
            assertEquals("Mot de passe du client ACME changé.", changed.out());

            assertEquals(401, check(server, "first-password"), "the old password stops working at once");
            assertEquals(200, check(server, "second-password"));
        }
        Run unknown = run(Map.of("PW", "whatever-pw"), "platform", "customer", "passwd", "--data", data.toString(),
                "--code", "NOBODY", "--password-env", "PW");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("Le client NOBODY n'existe pas."), unknown.err());
    }

    private static int check(PlatformServer server, String password) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + "api/v1/publisher/check"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ACME:" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void serveRunsUntilStoppedAndPrintsItsUrl() throws Exception {
        Process p = launch(Map.of(), "platform", "serve", "--port", "0", "--data", home.resolve("served").toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("^Plateforme BizSync à l'écoute sur (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C pour arrêter\\)$")
                    .matcher(String.valueOf(line));
            assertTrue(m.matches(), String.valueOf(line));
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "api/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());

            // A second platform on the same port fails with one sentence.
            String port = m.group(1).replaceAll(".*:(\\d+)/$", "$1");
            Run clash = run(Map.of(), "platform", "serve", "--port", port, "--data", home.resolve("other").toString());
            assertEquals(1, clash.exit());
            assertTrue(clash.err().startsWith("Impossible d'écouter sur 127.0.0.1:" + port + " : le port est déjà utilisé"),
                    clash.err());
        } finally {
            p.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook closes the server.
            assertTrue(p.waitFor(1, TimeUnit.MINUTES), "serve stops on SIGTERM");
        }
    }

    @Test
    void anAccountAddedWithoutDataSignsInOnThePlatformServedWithoutData() throws Exception {
        Run added = run(Map.of("PW", "long-enough-1"), "platform", "customer", "add", "--code", "ACME",
                "--name", "Acme SARL", "--password-env", "PW");
        assertEquals(0, added.exit(), added.err());
        Process p = launch(Map.of(), "platform", "serve", "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Matcher m = Pattern.compile("^Plateforme BizSync à l'écoute sur (http://127\\.0\\.0\\.1:\\d+/) .*$")
                    .matcher(String.valueOf(out.readLine()));
            assertTrue(m.matches(), m.toString());
            assertEquals("Données de la plateforme : " + home.resolve("platform"), out.readLine());
            HttpRequest check = HttpRequest.newBuilder(URI.create(m.group(1) + "api/v1/publisher/check"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "ACME:long-enough-1".getBytes(StandardCharsets.UTF_8))).build();
            assertEquals(200, HttpClient.newHttpClient().send(check, HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES), "serve stops on SIGTERM");
        }
    }

    @Test
    void serveRefusesATrustedProxyThatIsNotAnIpAddress() throws Exception {
        Run r = run(Map.of(), "platform", "serve", "--port", "0", "--trusted-proxy", "127.0.0.1,nginx.local");
        assertEquals(1, r.exit());
        assertEquals("« nginx.local » n'est pas une adresse IP : indiquez l'adresse du proxy inverse avec "
                + "--trusted-proxy (par exemple 127.0.0.1).", r.err());
    }

    @Test
    void serveRefusesAKeystoreWithoutItsPasswordVariable() throws Exception {
        Run r = run(Map.of(), "platform", "serve", "--port", "0", "--keystore", home.resolve("k.p12").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("Indiquez aussi --keystore-password-env"), r.err());
        Run bad = run(Map.of("KS_PW", "x"), "platform", "serve", "--port", "0", "--keystore",
                home.resolve("missing.p12").toString(), "--keystore-password-env", "KS_PW");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().startsWith("Le magasin de clés"), bad.err());
    }
}
