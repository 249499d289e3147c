package com.bizsync.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** What a phone does: signs in through the mobile API and reads the granted views. */
public final class MobileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkHttpClient HTTP = new OkHttpClient();
    private final String base;

    public record Answer(int status, JsonNode json) {
        public String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }

    public MobileReader(String platformUrl) {
        this.base = platformUrl.endsWith("/") ? platformUrl.substring(0, platformUrl.length() - 1) : platformUrl;
    }

    public Answer signIn(String customer, String company, String login, String password) {
        try {
            String body = JSON.writeValueAsString(Map.of("customer", customer, "company", company, "login", login,
                    "password", password));
            return call(new Request.Builder().url(base + "/api/v1/mobile/sessions")
                    .post(RequestBody.create(body, MediaType.get("application/json"))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in and returns the token, failing the test if sign-in is refused. */
    public String token(String customer, String company, String login, String password) {
        Answer answer = signIn(customer, company, login, password);
        if (answer.status() != 200) {
            throw new AssertionError("sign-in of " + login + " on " + company + " refused: " + answer);
        }
        return answer.json().get("token").asText();
    }

    public Answer companies(String token) {
        return call(new Request.Builder().url(base + "/api/v1/mobile/companies")
                .header("Authorization", "Bearer " + token).build());
    }

    public Answer views(String token, String company) {
        return call(new Request.Builder().url(base + "/api/v1/mobile/companies/" + company + "/views")
                .header("Authorization", "Bearer " + token).build());
    }

    private static Answer call(Request request) {
        try (Response response = HTTP.newCall(request).execute()) {
            String text = response.body() == null ? "" : response.body().string();
            return new Answer(response.code(), text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
