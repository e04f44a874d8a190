package org.fabrique.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the Fabrique API, as any integration would use it. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Api(String base) {
        this.base = base;
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Reply post(String path, String token, String json) {
        return send("POST", path, token, json, "application/json");
    }

    Reply put(String path, String token, String json) {
        return send("PUT", path, token, json, "application/json");
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    Reply send(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Reply(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the token. */
    String login(String email, String password) {
        Reply reply = post("/auth/login", null,
                "{\"email\":" + quote(email) + ",\"password\":" + quote(password) + "}");
        if (reply.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    /** Waits until GET path answers the status, and returns the last reply. */
    Reply await(String path, int status, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Reply reply;
        do {
            reply = get(path, null);
            if (reply.status() == status) {
                return reply;
            }
            sleep(200);
        } while (System.nanoTime() < end);
        return reply;
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
