package org.fabrique.bench;

import org.fabrique.bench.Http.Reply;

/**
 * Data a scenario writes into a module before uninstalling it, and checks after reinstalling: the module's own
 * records must survive (hello: guestbook messages). TODO(lead): the newsletter's (a list and its subscribers,
 * through NewsletterContract) once it lands.
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
        return Modules.HELLO.equals(module);
    }

    public void write(int count) {
        for (int i = 0; i < count; i++) {
            Reply reply = platform.http().post("/api/hello/messages", platform.admin(),
                    "{\"text\":" + Http.quote(marker + " message " + i) + "}");
            if (reply.status() != 201) {
                throw new IllegalStateException("hello message: " + reply);
            }
            written++;
        }
    }

    /** How many of the records written are found again. */
    public int found() {
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
