package com.bizsync.platform;

import com.bizsync.views.ViewId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses and validates the body of {@code PUT /publisher/users} (platform-api.md). */
final class UsersPayload {
    static final int MAX_NAME = 200;

    private UsersPayload() {
    }

    static List<PlatformUser> parse(JsonNode body, PasswordChecker passwords) {
        JsonNode users = body.get("users");
        if (users == null || !users.isArray()) {
            throw ApiError.badRequest("users must be a JSON array.");
        }
        List<PlatformUser> parsed = new ArrayList<>();
        Set<String> logins = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            PlatformUser user = user(users.get(i), "users[" + i + "]", passwords);
            if (!logins.add(user.login())) {
                throw ApiError.badRequest("users[" + i + "].login is given twice: " + user.login());
            }
            parsed.add(user);
        }
        return parsed;
    }

    private static PlatformUser user(JsonNode u, String path, PasswordChecker passwords) {
        if (u == null || !u.isObject()) {
            throw ApiError.badRequest(path + " must be a JSON object.");
        }
        String login = text(u, "login", path);
        if (!Codes.isLogin(login)) {
            throw ApiError.badRequest(path + ".login must be 1 to 64 characters without spaces.");
        }
        String name = text(u, "name", path);
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw ApiError.badRequest(path + ".name must be 1 to " + MAX_NAME + " characters.");
        }
        String hash = text(u, "passwordHash", path);
        if (!PasswordHashes.looksLikeBcrypt(hash)) {
            throw ApiError.badRequest(path + ".passwordHash must be a bcrypt hash ($2a$, $2b$ or $2y$).");
        }
        if (!passwords.acceptable(hash)) {
            // A high cost pins a core for every sign-in; the console hashes within this range.
            throw ApiError.badRequest(path + ".passwordHash has bcrypt cost " + PasswordHashes.cost(hash)
                    + "; the platform accepts costs " + passwords.minCost() + " to " + passwords.maxCost() + ".");
        }
        JsonNode grants = u.get("grants");
        if (grants == null || !grants.isObject()) {
            throw ApiError.badRequest(path + ".grants must be a JSON object.");
        }
        Map<String, Set<ViewId>> parsed = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = grants.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> grant = it.next();
            String at = path + ".grants." + grant.getKey();
            Codes.requireCode(grant.getKey(), path + ".grants key");
            if (!grant.getValue().isArray()) {
                throw ApiError.badRequest(at + " must be a JSON array of view ids.");
            }
            Set<ViewId> views = EnumSet.noneOf(ViewId.class);
            for (JsonNode v : grant.getValue()) {
                if (!v.isTextual()) {
                    throw ApiError.badRequest(at + " must hold view ids (strings).");
                }
                views.add(ViewId.fromId(v.asText())
                        .orElseThrow(() -> ApiError.badRequest("Unknown view id in " + at + ": " + v.asText())));
            }
            if (!views.isEmpty()) {
                parsed.put(grant.getKey(), views);
            }
        }
        return new PlatformUser(login, name, hash, parsed);
    }

    private static String text(JsonNode u, String field, String path) {
        JsonNode n = u.get(field);
        if (n == null || !n.isTextual()) {
            throw ApiError.badRequest(path + "." + field + " must be a string.");
        }
        return n.asText();
    }
}
