package com.bizsync.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The publisher endpoints of platform-api.md; every one authenticates first. */
final class PublisherRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(PublisherRoutes.class);
    private final PlatformStorage storage;
    private final PublisherAuthenticator auth;
    private final RequestBodies bodies;
    private final ObjectMapper json;
    private final Clock clock;
    private final PasswordChecker passwords;

    PublisherRoutes(PlatformStorage storage, PublisherAuthenticator auth, RequestBodies bodies,
                    ObjectMapper json, Clock clock, PasswordChecker passwords) {
        this.passwords = passwords;
        this.storage = storage;
        this.auth = auth;
        this.bodies = bodies;
        this.json = json;
        this.clock = clock;
    }

    void check(Context ctx) {
        Customer customer = auth.authenticate(ctx);
        ctx.json(Map.of("customer", customer.code(), "name", customer.name()));
    }

    void putPublication(Context ctx) {
        Customer customer = auth.authenticate(ctx);
        String company = Codes.requireCode(ctx.pathParam("code"), "The company code");
        JsonNode doc = bodies.readJson(ctx);
        String name = PublicationValidator.validate(doc);
        Instant nextExpectedAt = PublicationValidator.nextExpectedAt(doc);
        Instant publishedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        storage.putPublication(customer.code(), new StoredPublication(company, name, write(doc), publishedAt,
                nextExpectedAt));
        LOG.info("{} published {} ({} views)", customer.code(), company, PublicationValidator.viewCount(doc));
        ctx.json(Map.of("company", company, "publishedAt", publishedAt.toString(),
                "views", PublicationValidator.viewCount(doc)));
    }

    void deletePublication(Context ctx) {
        Customer customer = auth.authenticate(ctx);
        String company = Codes.requireCode(ctx.pathParam("code"), "The company code");
        storage.deletePublication(customer.code(), company);
        LOG.info("{} deleted the publication of {}", customer.code(), company);
        ctx.status(204);
    }

    void putUsers(Context ctx) {
        Customer customer = auth.authenticate(ctx);
        List<PlatformUser> users = UsersPayload.parse(bodies.readJson(ctx), passwords);
        storage.replaceUsers(customer.code(), users);
        LOG.info("{} replaced its mobile users ({})", customer.code(), users.size());
        ctx.json(Map.of("users", users.size()));
    }

    void deleteData(Context ctx) {
        Customer customer = auth.authenticate(ctx);
        storage.deleteCustomerData(customer.code());
        LOG.info("{} deleted all its data", customer.code());
        ctx.status(204);
    }

    private String write(JsonNode doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree always serialises", e);
        }
    }
}
