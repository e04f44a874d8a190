package org.fabrique.agenda.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a feed over HTTP: bounded in time (connection and whole answer) and in size, http and https
 * only, a few redirects at most. Every failure is an {@link IOException} saying what went wrong.
 */
final class FeedFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    FeedFetcher(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What the feed answered: its text (in the charset it names, UTF-8 by default) and its media type, lower case. */
    record Fetched(String body, String mediaType) {
    }

    Fetched fetch(String url) throws IOException {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("Only http and https feeds are read.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "text/calendar, text/html;q=0.9, */*;q=0.5").header("User-Agent", "Fabrique-Agenda/1.0").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("The feed answered HTTP " + response.statusCode() + ".");
                }
                byte[] bytes = body.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new IOException("The feed is larger than " + maxBytes + " bytes.");
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                return new Fetched(new String(bytes, charset(type)), type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the feed.", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("The feed did not answer within " + timeout.toSeconds() + " s.", e);
        }
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", "").trim());
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
