package org.fabrique.agenda.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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

    String fetch(String url) throws IOException {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("Only http and https feeds are read.");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "text/calendar, */*;q=0.5").header("User-Agent", "Fabrique-Agenda/1.0").GET().build();
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
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the feed.", e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("The feed did not answer within " + timeout.toSeconds() + " s.", e);
        }
    }
}
