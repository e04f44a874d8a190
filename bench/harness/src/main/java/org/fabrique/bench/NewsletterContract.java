package org.fabrique.bench;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.bench.Http.Reply;

/**
 * Everything the suite assumes about the newsletter module's API (docs/api.md, "Newsletter"), in one place:
 * POST /api/newsletter/lists {slug, name, visibility} → 201; POST /api/newsletter/lists/{id}/import
 * {basis, rows:[{email, name}]} → {added, alreadyThere}; POST /api/newsletter/letters {listId, subject, body}
 * → 201; POST …/{id}/send → the letter, {@code sending}; GET …/{id}/progress → {status, total, queued, sending,
 * sent, failed}.
 */
public final class NewsletterContract {

    /** The keys of etc/org.fabrique.newsletter.cfg the benchmarks set: no throttle worth the name. */
    public static final Map<String, String> FAST = Map.of("messagesPerSecond", "100000", "connections", "4",
            "batchSize", "200");

    private NewsletterContract() {
    }

    /** The address of subscriber i of the lists this class creates. */
    public static String email(int i) {
        return "abonne-" + i + "@example.org";
    }

    /** Creates a public list (no structure); returns its id. */
    public static long list(Platform platform) {
        Reply list = platform.http().post("/api/newsletter/lists", platform.admin(),
                "{\"slug\":\"banc-" + Long.toString(System.nanoTime(), 36) + "\",\"name\":\"Banc d'essai "
                        + System.nanoTime() + "\",\"visibility\":\"public\"}");
        require(list, 201);
        return list.json().get("id").asLong();
    }

    /** Imports subscribers from (inclusive) to (exclusive) into the list; returns the count added. */
    public static long importSubscribers(Platform platform, long list, int from, int to) {
        StringBuilder json = new StringBuilder("{\"basis\":\"banc d'essai\",\"rows\":[");
        for (int i = from; i < to; i++) {
            json.append(i == from ? "" : ",").append("{\"email\":\"").append(email(i)).append("\",\"name\":\"Abonné ")
                    .append(i).append("\"}");
        }
        json.append("]}");
        Reply imported = platform.http().send("POST", "/api/newsletter/lists/" + list + "/import",
                Map.of("Authorization", "Bearer " + platform.admin()), json.toString(), "application/json",
                Duration.ofMinutes(10));
        require(imported, 200);
        return imported.json().path("added").asLong();
    }

    /** Creates a list and imports n subscribers; returns the list id. */
    public static long listWithSubscribers(Platform platform, int n) {
        long id = list(platform);
        long added = 0;
        // In chunks of 5 000 rows: a request body stays under the API's maxBodyBytes (1 MiB).
        for (int from = 0; from < n; from += 5000) {
            added += importSubscribers(platform, id, from, Math.min(n, from + 5000));
        }
        if (added != n) {
            throw new IllegalStateException("newsletter import added " + added + " of " + n);
        }
        return id;
    }

    /** Creates a letter for the list and asks to send it; returns the letter id. */
    public static long send(Platform platform, long list) {
        Reply letter = platform.http().post("/api/newsletter/letters", platform.admin(),
                "{\"listId\":" + list + ",\"subject\":\"Lettre du banc d'essai\",\"body\":\"Bonjour à toutes et tous.\"}");
        require(letter, 201);
        long id = letter.json().get("id").asLong();
        Reply sending = platform.http().post("/api/newsletter/letters/" + id + "/send", platform.admin(), null);
        require(sending, 200);
        return id;
    }

    /** GET …/letters/{id}/progress: {status, total, queued, sending, sent, failed}. */
    public static JsonNode progress(Platform platform, long letter) {
        Reply progress = platform.http().get("/api/newsletter/letters/" + letter + "/progress", platform.admin());
        require(progress, 200);
        return progress.json();
    }

    /** The count of recipients served so far, as the API reports the progress. */
    public static long sent(Platform platform, long letter) {
        return progress(platform, letter).path("sent").asLong();
    }

    private static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("newsletter contract: expected " + status + ", got " + reply);
        }
    }
}
