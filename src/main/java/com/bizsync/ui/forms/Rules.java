package com.bizsync.ui.forms;

import com.bizsync.ui.common.Texts;
import java.util.Optional;
import java.util.function.Function;

/** The field rules the forms check as you type; each returns the reason a value is refused. */
final class Rules {
    private Rules() {
    }

    static Function<String, Optional<String>> required() {
        return text -> text.isEmpty() ? Optional.of(Texts.t("rule.required")) : Optional.empty();
    }

    static Function<String, Optional<String>> optional() {
        return text -> Optional.empty();
    }

    static Optional<String> code(String text) {
        if (text.isEmpty()) {
            return Optional.of(Texts.t("rule.required"));
        }
        return text.matches("[A-Z0-9]{1,20}") ? Optional.empty() : Optional.of(Texts.t("rule.code"));
    }

    static Optional<String> url(String text) {
        if (text.isEmpty()) {
            return Optional.of(Texts.t("rule.required"));
        }
        try {
            java.net.URI uri = new java.net.URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.empty() : Optional.of(Texts.t("rule.url"));
        } catch (java.net.URISyntaxException e) {
            return Optional.of(Texts.t("rule.url"));
        }
    }

    static Optional<String> port(String text, boolean required) {
        if (text.isEmpty()) {
            return required ? Optional.of(Texts.t("rule.required")) : Optional.empty();
        }
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? Optional.empty() : Optional.of(Texts.t("rule.port"));
        } catch (NumberFormatException e) {
            return Optional.of(Texts.t("rule.port"));
        }
    }

    static Integer portValue(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    static Optional<String> login(String text) {
        if (text.isEmpty()) {
            return Optional.of(Texts.t("rule.required"));
        }
        return text.length() <= 64 && !text.matches(".*\\s.*") ? Optional.empty() : Optional.of(Texts.t("rule.login"));
    }
}
