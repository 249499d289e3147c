package com.bizsync.ui.support;

import com.bizsync.settings.SettingsStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings as JSON for the support bundle, with every secret removed: portal, database and
 * proxy passwords and the users' password hashes. Any field whose name speaks of a password, a
 * hash or a secret is dropped, so a secret field added to the records later is dropped too;
 * {@code passwordSaved} tells support whether one was set.
 */
final class RedactedSettings {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RedactedSettings() {
    }

    static byte[] json(SettingsStore store) throws java.io.IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("portal", JSON.valueToTree(store.portal()));
        root.set("databaseLogin", JSON.valueToTree(store.databaseLogin()));
        root.set("proxy", JSON.valueToTree(store.proxy()));
        root.set("schedule", JSON.valueToTree(store.schedule()));
        root.set("revenuePrefixes", JSON.valueToTree(store.revenuePrefixes()));
        root.set("companies", JSON.valueToTree(store.companies()));
        root.set("families", JSON.valueToTree(store.families()));
        root.set("users", JSON.valueToTree(store.users()));
        root.set("completedWizardSteps", JSON.valueToTree(store.completedWizardSteps()));
        redact(root);
        return JSON.writeValueAsBytes(root);
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secrets = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecret(field.getKey())) {
                    secrets.add(field.getKey());
                } else {
                    redact(field.getValue());
                }
            }
            for (String name : secrets) {
                JsonNode value = object.remove(name);
                object.put(name.toLowerCase(Locale.ROOT).contains("hash") ? "passwordHashSaved" : name + "Saved",
                        value != null && !value.isNull() && !value.asText().isEmpty());
            }
        } else if (node != null && node.isArray()) {
            node.forEach(RedactedSettings::redact);
        }
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.contains("password") || lower.contains("hash") || lower.contains("secret"))
                && !lower.endsWith("saved");
    }
}
