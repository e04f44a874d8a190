package org.fabrique.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.fabrique.bench.Http.Reply;

/**
 * The Fabrique distribution under test, seen from outside: its Karaf, an HTTP client on its origin, and the
 * first administrator's token. Knows the admin API for modules and how to make people and structures.
 */
public final class Platform implements AutoCloseable {

    public static final String ADMIN_EMAIL = "bench-admin@example.org";
    public static final String ADMIN_PASSWORD = "le mot de passe du banc d'essai";
    public static final String PASSWORD = "mot de passe des membres du banc";
    public static final Duration START = Duration.ofSeconds(240);
    public static final Duration MODULE_WAIT = Duration.ofSeconds(60);

    private final Karaf karaf;
    private final Http http;
    private String admin;
    private int people;

    private Platform(Karaf karaf) {
        this.karaf = karaf;
        this.http = new Http(karaf.url(""));
    }

    /** Unpacks a fresh distribution, with the example modules' repository so that hello is available. */
    public static Platform unpack(String name) throws IOException, InterruptedException {
        Karaf karaf = Karaf.unpack(name, Settings.distribution());
        karaf.addFeaturesRepository(Settings.examplesRepository());
        karaf.configure("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                Settings.mavenRepository());
        return new Platform(karaf);
    }

    public Karaf karaf() {
        return karaf;
    }

    public Http http() {
        return http;
    }

    public String admin() {
        return admin;
    }

    /** Launches it and returns when /api/health is 200 (the launch instant in nanoTime). */
    public long start() throws IOException {
        long launched = karaf.launch(ADMIN_EMAIL, ADMIN_PASSWORD);
        Reply health = http.await("/api/health", 200, START);
        if (health.status() != 200) {
            throw new IllegalStateException("no 200 from /api/health within " + START + ": " + health + "\n"
                    + karaf.logTail(40));
        }
        admin = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        // Karaf may still be reading the features repositories when /api/health answers: wait for the example
        // modules' repository (always added by unpack) before anyone asks which modules exist.
        long end = System.nanoTime() + MODULE_WAIT.toNanos();
        while (!availableModules().contains(Modules.HELLO) && System.nanoTime() < end) {
            Http.sleep(250);
        }
        return launched;
    }

    public void stop() throws IOException, InterruptedException {
        karaf.stop();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        karaf.stop();
    }

    public String login(String email, String password) {
        Reply reply = http.post("/api/auth/login", null,
                "{\"email\":" + Http.quote(email) + ",\"password\":" + Http.quote(password) + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("login of " + email + " failed: " + reply);
        }
        return reply.json().get("token").asText();
    }

    /** Ids of every module the platform offers (GET /api/admin/modules). */
    public List<String> availableModules() {
        List<String> ids = new ArrayList<>();
        for (JsonNode module : http.get("/api/admin/modules", admin).json()) {
            ids.add(module.get("id").asText());
        }
        return ids;
    }

    public boolean available(String module) {
        return availableModules().contains(module);
    }

    public List<String> installedModules() {
        List<String> ids = new ArrayList<>();
        for (JsonNode module : http.get("/api/modules", null).json()) {
            ids.add(module.get("id").asText());
        }
        return ids;
    }

    /** POST /api/admin/modules/{id}; the reply (200 with its state when it went well). */
    public Reply install(String module) {
        return http.post("/api/admin/modules/" + module, admin, null);
    }

    public Reply uninstall(String module) {
        return http.delete("/api/admin/modules/" + module, admin);
    }

    /** Installs and waits for its probe endpoint to answer 200. */
    public void installAndWait(String module) {
        Reply reply = install(module);
        if (reply.status() != 200) {
            throw new IllegalStateException("install of " + module + ": " + reply);
        }
        Reply probe = http.await(Modules.probe(module), 200, MODULE_WAIT);
        if (probe.status() != 200) {
            throw new IllegalStateException(module + " installed but " + Modules.probe(module) + " is " + probe);
        }
    }

    public void uninstallAndWait(String module) {
        Reply reply = uninstall(module);
        if (reply.status() != 200) {
            throw new IllegalStateException("uninstall of " + module + ": " + reply);
        }
        Reply probe = http.await(Modules.probe(module), 404, MODULE_WAIT);
        if (probe.status() != 404) {
            throw new IllegalStateException(module + " uninstalled but " + Modules.probe(module) + " is " + probe);
        }
    }

    /** Installs every module the platform offers, waiting for each to answer. */
    public List<String> installAll() {
        List<String> modules = availableModules();
        for (String module : modules) {
            installAndWait(module);
        }
        return modules;
    }

    /** A person with a password, created by the administrator; returns {id, token}. */
    public Person person(String label) {
        String email = label + "-" + (++people) + "-" + System.nanoTime() + "@example.org";
        Reply created = http.post("/api/people", admin,
                "{\"name\":" + Http.quote("Bench " + label) + ",\"email\":" + Http.quote(email) + "}");
        if (created.status() != 201) {
            throw new IllegalStateException("person: " + created);
        }
        long id = created.json().get("id").asLong();
        Reply password = http.put("/api/people/" + id + "/password", admin,
                "{\"newPassword\":" + Http.quote(PASSWORD) + "}");
        if (password.status() != 204) {
            throw new IllegalStateException("password: " + password);
        }
        return new Person(id, email, login(email, PASSWORD));
    }

    /** A person with the admin role. */
    public Person administrator(String label) {
        Person person = person(label);
        Reply granted = http.post("/api/people/" + person.id() + "/roles", admin, "{\"role\":\"admin\"}");
        if (granted.status() != 200) {
            throw new IllegalStateException("admin role: " + granted);
        }
        return person;
    }

    /** A structure created by the administrator; returns its id. */
    public long structure(String name) {
        Reply created = http.post("/api/structures", admin,
                "{\"name\":" + Http.quote(name) + ",\"kind\":\"association\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("structure: " + created);
        }
        return created.json().get("id").asLong();
    }

    /** An active membership of the person in the structure with the role; returns the membership id. */
    public long membership(long structure, long person, String role) {
        Reply created = http.post("/api/structures/" + structure + "/members", admin,
                "{\"personId\":" + person + ",\"role\":\"" + role + "\",\"status\":\"active\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("membership: " + created);
        }
        return created.json().get("id").asLong();
    }

    public record Person(long id, String email, String token) {
    }
}
