package org.fabrique.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.bench.Http;
import org.fabrique.bench.Http.Reply;
import org.fabrique.bench.Options;
import org.fabrique.bench.Platform;
import org.fabrique.bench.Shared;

/**
 * Scenario 1: N clients create structures through the API (administrator's token) while the Karaf JVM is
 * SIGKILLed at a random moment; after restart, every structure whose creation was acknowledged (201) exists
 * with exactly the fields sent, and every structure of the run found in the database is whole (its fields are
 * a function of its name, so a half-written one shows). Those created but not acknowledged (in flight at the
 * kill) are counted apart: either outcome is correct for them. An error answer is correct only if nothing was
 * stored: one whose record exists anyway fails the scenario. Several kill rounds on the same data.
 */
public final class Durability implements Scenario {

    @Override
    public List<String> keys() {
        return List.of("1", "reliability-durability");
    }

    @Override
    public boolean inShortRun() {
        return true;
    }

    @Override
    public Verdict run(Options options, Shared shared) throws Exception {
        int clients = options.brief() ? 6 : 16;
        int rounds = options.brief() ? 1 : 3;
        Random random = new Random(42);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, Boolean> attempted = new ConcurrentHashMap<>();
        AtomicLong other = new AtomicLong();
        Map<String, Boolean> refused = new ConcurrentHashMap<>();
        List<String> otherExamples = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> details = new ArrayList<>();
        try (Platform platform = Platform.unpack("reliability-durability")) {
            platform.start();
            for (int round = 0; round < rounds; round++) {
                String admin = platform.admin();
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> threads = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    String prefix = "durable-r" + round + "-c" + c + "-";
                    Thread thread = new Thread(() -> {
                        Http http = new Http(platform.http().origin());
                        for (int seq = 0; !stop.get(); seq++) {
                            String name = prefix + seq;
                            attempted.put(name, true);
                            Reply reply = http.post("/api/structures", admin, body(name));
                            if (reply.status() == 201) {
                                acknowledged.put(name, reply.json().get("id").asLong());
                            } else if (reply.status() != -1) {
                                other.incrementAndGet();
                                refused.put(name, true);
                                otherExamples.add(name + " → " + reply);
                            } else {
                                return;
                            }
                        }
                    }, "durability-" + c);
                    threads.add(thread);
                    thread.start();
                }
                long delay = options.brief() ? 3000 + random.nextInt(2000) : 4000 + random.nextInt(8000);
                Http.sleep(delay);
                platform.karaf().kill();
                stop.set(true);
                for (Thread thread : threads) {
                    thread.join(60_000);
                }
                platform.start();
            }
            int missing = 0, wrong = 0, halfWritten = 0, inFlightPresent = 0;
            for (Map.Entry<String, Long> ack : acknowledged.entrySet()) {
                Reply reply = platform.http().get("/api/structures/" + ack.getValue(), null);
                if (reply.status() == 404) {
                    missing++;
                    details.add("acknowledged but missing: " + ack.getKey() + " id " + ack.getValue());
                } else if (reply.status() != 200 || !whole(reply.json(), ack.getKey())) {
                    wrong++;
                    details.add("acknowledged but not as sent: " + ack.getKey() + " → " + reply);
                }
            }
            int found = 0, refusedButStored = 0;
            for (int page = 0;; page++) {
                Reply reply = platform.http().get("/api/structures?q=durable-&size=100&page=" + page, null);
                if (reply.status() != 200) {
                    throw new IllegalStateException("listing: " + reply);
                }
                JsonNode items = reply.json().get("items");
                for (JsonNode item : items) {
                    found++;
                    String name = item.path("name").asText();
                    // The listing's items may be summaries: check the full record.
                    JsonNode full = platform.http().get("/api/structures/" + item.get("id").asLong(), null).json();
                    if (!attempted.containsKey(name) || !whole(full, name)) {
                        halfWritten++;
                        details.add("half-written or unknown: " + full);
                    } else if (refused.containsKey(name)) {
                        refusedButStored++;
                        details.add("answered with an error, yet stored: " + name + " id " + full.path("id"));
                    } else if (!acknowledged.containsKey(name)) {
                        inFlightPresent++;
                    }
                }
                if (items.size() < 100) {
                    break;
                }
            }
            details.addAll(0, otherExamples.subList(0, Math.min(otherExamples.size(), 5)));
            String counts = String.format("clients %d, SIGKILLs %d, attempted %d, acknowledged %d, missing %d, "
                    + "not as sent %d, half-written %d, in flight at the kill and stored %d, error answers %d (of which "
                    + "stored anyway %d), found %d", clients, rounds, attempted.size(), acknowledged.size(), missing,
                    wrong, halfWritten, inFlightPresent, other.get(), refusedButStored, found);
            // An error answer with nothing stored is a correct refusal (503 "try again"), counted but not a failure;
            // an error answer whose record was stored anyway is a half-done write.
            boolean pass = !acknowledged.isEmpty() && missing == 0 && wrong == 0 && halfWritten == 0
                    && refusedButStored == 0;
            return Verdict.of(pass, counts, details.subList(0, Math.min(details.size(), 20)));
        }
    }

    /** Every field of the structure follows from its name, so a torn write cannot pass for a whole one. */
    static String body(String name) {
        return "{\"name\":" + Http.quote(name) + ",\"kind\":\"cooperative\",\"neighbourhood\":" + Http.quote("Quartier " + name)
                + ",\"address\":" + Http.quote(name.length() + " rue du Banc, Saint-Étienne")
                + ",\"description\":" + Http.quote(description(name)) + "}";
    }

    static boolean whole(JsonNode structure, String name) {
        return name.equals(structure.path("name").asText())
                && "cooperative".equals(structure.path("kind").asText())
                && ("Quartier " + name).equals(structure.path("neighbourhood").asText())
                && (name.length() + " rue du Banc, Saint-Étienne").equals(structure.path("address").asText())
                && description(name).equals(structure.path("description").asText());
    }

    private static String description(String name) {
        return ("Structure " + name + " écrite par le banc d'essai de durabilité. ").repeat(20).strip();
    }
}
