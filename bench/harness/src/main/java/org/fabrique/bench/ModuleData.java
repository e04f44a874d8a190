package org.fabrique.bench;

import org.fabrique.bench.Http.Reply;

/**
 * Data a scenario writes into a module before uninstalling it, and checks after reinstalling: the module's own
 * records must survive (hello: guestbook messages; newsletter: a public list with its imported subscribers, and a
 * draft letter to it).
 */
public final class ModuleData {

    private final Platform platform;
    private final String module;
    private final String marker = "bench-" + System.nanoTime();
    private int written;

    public ModuleData(Platform platform, String module) {
        this.platform = platform;
        this.module = module;
    }

    /** True if the suite knows how to write and check this module's data. */
    public boolean supported() {
        return Modules.HELLO.equals(module) || Modules.NEWSLETTER.equals(module);
    }

    public void write(int count) {
        if (Modules.NEWSLETTER.equals(module)) {
            writeNewsletter(count);
            return;
        }
        for (int i = 0; i < count; i++) {
            Reply reply = platform.http().post("/api/hello/messages", platform.admin(),
                    "{\"text\":" + Http.quote(marker + " message " + i) + "}");
            if (reply.status() != 201) {
                throw new IllegalStateException("hello message: " + reply);
            }
            written++;
        }
    }

    private long list;
    private long letter;

    /** A list of count subscribers (one import) and a draft letter: count + 1 records. */
    private void writeNewsletter(int count) {
        list = NewsletterContract.list(platform);
        if (NewsletterContract.importSubscribers(platform, list, 0, count) != count) {
            throw new IllegalStateException("newsletter import: not every row added");
        }
        Reply draft = platform.http().post("/api/newsletter/letters", platform.admin(), "{\"listId\":" + list
                + ",\"subject\":" + Http.quote(marker) + ",\"body\":\"Brouillon du banc d'essai.\"}");
        if (draft.status() != 201) {
            throw new IllegalStateException("newsletter letter: " + draft);
        }
        letter = draft.json().get("id").asLong();
        written = count + 1;
    }

    /** Subscribers of the list as GET /api/newsletter/lists counts them, plus 1 if the draft is intact. */
    private int foundNewsletter() {
        Reply lists = platform.http().get("/api/newsletter/lists", platform.admin());
        int found = 0;
        if (lists.status() == 200) {
            for (com.fasterxml.jackson.databind.JsonNode l : lists.json()) {
                if (l.path("id").asLong() == list) {
                    found += l.path("subscribers").asInt();
                }
            }
        }
        Reply draft = platform.http().get("/api/newsletter/letters/" + letter, platform.admin());
        if (draft.status() == 200 && marker.equals(draft.json().path("subject").asText())) {
            found++;
        }
        return found;
    }

    /** How many of the records written are found again. */
    public int found() {
        if (Modules.NEWSLETTER.equals(module)) {
            return foundNewsletter();
        }
        Reply reply = platform.http().get("/api/hello/messages", null);
        if (reply.status() != 200) {
            return 0;
        }
        int found = 0;
        for (int i = 0; i < written; i++) {
            if (reply.body().contains(marker + " message " + i + "\"")) {
                found++;
            }
        }
        return found;
    }

    public int written() {
        return written;
    }
}
