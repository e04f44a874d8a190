package org.fabrique.bench;

import org.fabrique.bench.Http.Reply;

/**
 * Everything the suite assumes about the newsletter module's API, in one place. The contract given before the
 * module existed: subscribers imported by an administrator through an import endpoint, a letter created and
 * sent to a list, progress readable from the API. TODO(lead): paths and JSON from the newsletter's docs/api.md.
 */
public final class NewsletterContract {

    private NewsletterContract() {
    }

    /** Creates a list and imports n subscribers (CSV: email,name); returns the list id. */
    public static long listWithSubscribers(Platform platform, int n) {
        Reply list = platform.http().post("/api/newsletter/lists", platform.admin(),
                "{\"name\":\"Banc d'essai " + System.nanoTime() + "\"}");
        require(list, 201);
        long id = list.json().get("id").asLong();
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 0; i < n; i++) {
            csv.append("abonne-").append(i).append("@example.org,Abonné ").append(i).append('\n');
        }
        Reply imported = platform.http().send("POST", "/api/newsletter/lists/" + id + "/subscribers/import",
                platform.admin(), csv.toString(), "text/csv");
        require(imported, 200);
        return id;
    }

    /** Creates a letter for the list and asks to send it; returns the letter id. */
    public static long send(Platform platform, long list) {
        Reply letter = platform.http().post("/api/newsletter/letters", platform.admin(),
                "{\"listId\":" + list + ",\"subject\":\"Lettre du banc d'essai\",\"body\":\"Bonjour à toutes et tous.\"}");
        require(letter, 201);
        long id = letter.json().get("id").asLong();
        require(platform.http().post("/api/newsletter/letters/" + id + "/send", platform.admin(), null), 202);
        return id;
    }

    /** The count of recipients served so far, as the API reports the progress. */
    public static long sent(Platform platform, long letter) {
        Reply progress = platform.http().get("/api/newsletter/letters/" + letter, platform.admin());
        require(progress, 200);
        return progress.json().path("sent").asLong();
    }

    private static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("newsletter contract: expected " + status + ", got " + reply);
        }
    }
}
