package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.settings.UserPasswords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No timing oracle: over real HTTP sign-ins, a refusal takes as long whether the customer, the
 * company or the login is unknown or only the password is wrong. The hashes are the console's
 * own (cost 11), the range the production default. Medians of interleaved samples, so a busy
 * machine slows every kind alike; ±25% leaves room for noise while a doubled bcrypt cost (the
 * bug: 846 ms against 369 ms) is far outside.
 */
@Timeout(300)
class PlatformSignInTimingTest extends PlatformTestBase {
    private static final int SAMPLES = 15;
    private static final double TOLERANCE = 0.25;

    @Override
    PlatformConfig config() {
        // 60 refusals from one address: the allowances are raised so that every one is measured.
        AbuseLimits.Attempts many = new AbuseLimits.Attempts(1000, java.time.Duration.ofMinutes(1));
        return PlatformConfig.defaults(data).withClock(clock).withLimits(AbuseLimits.defaults().withAttempts(many, many));
    }

    @Test
    void refusalsTakeTheSameTimeWhateverPartIsWrong() {
        publish(acme(), "BIJOU", Fixtures.publication("Bijoux du Sud", 100));
        var jean = Fixtures.user("jdupont", "Jean Dupont", "unused", grants("BIJOU", List.of("sales_revenue")));
        jean.put("passwordHash", UserPasswords.hash("jean-pw"));
        putUsers(acme(), Fixtures.users(jean));

        Map<String, String[]> kinds = new LinkedHashMap<>();
        kinds.put("wrong password", new String[] {"ACME", "BIJOU", "jdupont", "not-jean-pw"});
        kinds.put("unknown login", new String[] {"ACME", "BIJOU", "nobody", "not-jean-pw"});
        kinds.put("unknown customer", new String[] {"NOSUCH", "BIJOU", "jdupont", "not-jean-pw"});
        kinds.put("company not granted", new String[] {"ACME", "NOSUCH", "jdupont", "jean-pw"});
        for (String[] k : kinds.values()) {
            signIn(k[0], k[1], k[2], k[3]); // warm-up: class loading and JIT are not what we measure
        }
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        kinds.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int i = 0; i < SAMPLES; i++) {
            for (Map.Entry<String, String[]> k : kinds.entrySet()) {
                String[] v = k.getValue();
                long start = System.nanoTime();
                Api.Answer a = signIn(v[0], v[1], v[2], v[3]);
                samples.get(k.getKey()).add(System.nanoTime() - start);
                assertEquals(401, a.status(), k.getKey() + ": " + a.text());
                assertEquals("bad_credentials", a.error());
            }
        }
        double reference = median(samples.get("wrong password"));
        StringBuilder figures = new StringBuilder();
        samples.forEach((k, v) -> figures.append(String.format("%s %.0f ms; ", k, median(v) / 1e6)));
        for (Map.Entry<String, List<Long>> k : samples.entrySet()) {
            double ratio = median(k.getValue()) / reference;
            assertTrue(Math.abs(ratio - 1) <= TOLERANCE, k.getKey() + " takes " + Math.round(ratio * 100)
                    + "% of a wrong password's time: " + figures);
        }
        System.out.println("Refused sign-in medians: " + figures);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
