package com.bizsync.platform;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Limits sign-in attempts (mobile and publisher) per login and per client address, each with
 * its own token bucket (AbuseLimits). An attempt takes one token from both; a successful one
 * gives them back, so only refused attempts count. When either bucket is empty the answer is
 * 429 with the time until its next token: a guessed login is slowed down whatever the address,
 * an address that guesses many logins is slowed down whatever the login, and everybody else
 * signs in as usual. Buckets refill continuously, so nothing stays locked.
 */
final class SignInThrottle {
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private final ProxyManager<String> buckets;
    private final PlatformStorage storage;
    private final Clock clock;
    private final BucketConfiguration perLogin;
    private final BucketConfiguration perAddress;
    private final AtomicReference<Instant> lastPurge;
    private final Set<InetAddress> trustedProxies;

    SignInThrottle(PlatformStorage storage, Clock clock, AbuseLimits limits) {
        this.buckets = new StoredBuckets(storage, clock);
        this.storage = storage;
        this.clock = clock;
        this.perLogin = bucket(limits.perLogin());
        this.perAddress = bucket(limits.perAddress());
        this.lastPurge = new AtomicReference<>(clock.instant());
        this.trustedProxies = limits.trustedProxies();
    }

    private static BucketConfiguration bucket(AbuseLimits.Attempts attempts) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(attempts.burst()).refillGreedy(attempts.burst(), attempts.period()))
                .build();
    }

    /** One attempt, given back when it succeeds or was never decided. */
    interface Attempt {
        void giveBack();

        /** Runs the password check; one the server was too busy to make (503) is no attempt. */
        default boolean check(BooleanSupplier passwordCheck) {
            try {
                return passwordCheck.getAsBoolean();
            } catch (ApiError busy) {
                giveBack();
                throw busy;
            }
        }
    }

    /**
     * Takes one attempt for the login and the address.
     *
     * @param login   who is signing in: "mobile:CUSTOMER:login" or "publisher:CUSTOMER"
     * @param ctx     the request, for the client's address (ClientAddress)
     * @throws ApiError 429 with Retry-After when either allowance is spent
     */
    Attempt attempt(String login, Context ctx) {
        purgeNowAndThen();
        String address = ClientAddress.of(ctx, trustedProxies);
        BucketProxy byAddress = buckets.getProxy("address:" + address, () -> perAddress);
        ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            throw ApiError.tooManyAttempts(fromAddress.getNanosToWaitForRefill());
        }
        BucketProxy byLogin = buckets.getProxy("login:" + login, () -> perLogin);
        ConsumptionProbe fromLogin = byLogin.tryConsumeAndReturnRemaining(1);
        if (!fromLogin.isConsumed()) {
            byAddress.addTokens(1);
            throw ApiError.tooManyAttempts(fromLogin.getNanosToWaitForRefill());
        }
        return () -> {
            byLogin.addTokens(1);
            byAddress.addTokens(1);
        };
    }

    /** Full buckets say nothing: their rows are dropped every few minutes by whichever request comes. */
    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            storage.purgeThrottleStatesBefore(now);
        }
    }
}
