package com.bizsync.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bizsync.testing.LocalPostgres;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two instances on one PostgreSQL database: what one writes, the other hears (to forget what it
 * keeps in memory), and a feed cut by a server restart says so and comes back by itself.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PostgresChangeFeedTest {

    private static final class Heard implements StoreChanges.Listener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void changed(StoreChange change) {
            events.add(change.payload());
        }

        @Override
        public void everythingMayHaveChanged() {
            events.add("everything");
        }

        String next() throws InterruptedException {
            String e = events.poll(20, TimeUnit.SECONDS);
            if (e == null) {
                throw new AssertionError("nothing heard within 20 s");
            }
            return e;
        }
    }

    @Test
    void whatOneInstanceWritesTheOtherHearsOnceCommitted() throws Exception {
        LocalPostgres pg = LocalPostgres.shared();
        PlatformDatabase db = new PlatformDatabase(pg.url(pg.createDatabase()), LocalPostgres.PASSWORD.toCharArray());
        try (PostgresPlatformStorage writer = PostgresPlatformStorage.open(db);
             PostgresPlatformStorage other = PostgresPlatformStorage.open(db)) {
            writer.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt("pw"));
            Heard heard = new Heard();
            other.changes().subscribe(heard);
            assertTrue(other.changes().live());

            writer.putPublication("ACME", new StoredPublication("BIJOU", "Bijoux", "{}", Instant.now(), null));
            assertEquals("CUSTOMER:ACME", heard.next());
            writer.replaceUsers("ACME", java.util.List.of());
            assertEquals("CUSTOMER:ACME", heard.next());
            writer.deleteToken("abc123");
            assertEquals("TOKEN:abc123", heard.next());
            writer.deleteDeviceSession("def456");
            assertEquals("DEVICE_SESSION:def456", heard.next());
            writer.deleteCustomerData("ACME");
            assertEquals("CUSTOMER:ACME", heard.next());
            assertEquals(null, heard.events.poll(300, TimeUnit.MILLISECONDS), "nothing else");
        }
    }

    @Test
    void aFeedCutByARestartIsNotLiveThenComesBackAndSaysToForgetEverything() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            PlatformDatabase db = new PlatformDatabase(pg.url(pg.createDatabase()), LocalPostgres.PASSWORD.toCharArray());
            try (PostgresPlatformStorage writer = PostgresPlatformStorage.open(db);
                 PostgresPlatformStorage other = PostgresPlatformStorage.open(db)) {
                writer.addCustomer("ACME", "Acme SARL", Fixtures.bcrypt("pw"));
                Heard heard = new Heard();
                StoreChanges feed = other.changes();
                feed.subscribe(heard);

                pg.stopServer();
                waitUntil(() -> !feed.live());
                assertEquals("everything", heard.next());
                pg.startServer();
                waitUntil(feed::live);
                assertFalse(heard.events.isEmpty(), "told again once listening: " + heard.events);
                heard.events.clear();

                writer.putPublication("ACME", new StoredPublication("BIJOU", "Bijoux", "{}", Instant.now(), null));
                assertEquals("CUSTOMER:ACME", heard.next());
            }
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
