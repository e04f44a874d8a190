package org.fabrique.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP as any client of the platform speaks it: the JDK's client, plus raw requests for path tricks. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    private final HttpClient client;

    public Http(String origin) {
        this.origin = origin;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    public String origin() {
        return origin;
    }

    /** An answer; status -1 when there was none (connection refused or reset, time-out). */
    public record Reply(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + this, e);
            }
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + contentType + " " + shown;
        }
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Reply post(String path, String token, String json) {
        return send("POST", path, token, json, json == null ? null : "application/json");
    }

    public Reply put(String path, String token, String json) {
        return send("PUT", path, token, json, json == null ? null : "application/json");
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    public Reply send(String method, String path, String token, String body, String contentType) {
        return send(method, path, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), body,
                contentType, Duration.ofSeconds(60));
    }

    /** Any request; path is appended to the origin as it is (it must be a valid URI). */
    public Reply send(String method, String path, Map<String, String> headers, String body, String contentType,
            Duration timeout) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(timeout).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        } catch (IllegalArgumentException e) {
            return raw(method, path, headers, body, contentType);
        }
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().map());
        } catch (IOException e) {
            return new Reply(-1, null, e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request written byte for byte on a socket, for what the JDK client refuses to send (dot segments kept,
     * encoded slashes, control characters, over-long lines). Connection: close; the body is read until EOF.
     */
    public Reply raw(String method, String target, Map<String, String> headers, String body, String contentType) {
        URI base = URI.create(origin);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(30000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            String[] statusLine = lines[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            String type = null;
            for (String line : lines) {
                if (line.toLowerCase().startsWith("content-type:")) {
                    type = line.substring(13).trim();
                }
            }
            return new Reply(status, type, end < 0 ? "" : text.substring(end + 4), Map.of());
        } catch (IOException | RuntimeException e) {
            return new Reply(-1, null, e.toString(), Map.of());
        }
    }

    /** Waits until GET path answers the status (-1 for no answer at all), and returns the last reply. */
    public Reply await(String path, int status, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        Reply reply;
        do {
            reply = send("GET", path, Map.of(), null, null, Duration.ofSeconds(10));
            if (reply.status() == status) {
                return reply;
            }
            sleep(20);
        } while (System.nanoTime() < end);
        return reply;
    }

    public static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
