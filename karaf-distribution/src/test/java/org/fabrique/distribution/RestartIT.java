package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.fabrique.distribution.Api.Reply;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * What an operator does: unpack the archive, {@code bin/start}, use the API, {@code bin/stop},
 * {@code bin/start} again: everything is still there, and the first administrator came from the
 * environment. Runs the real scripts, outside Pax Exam.
 */
public class RestartIT {

    private Path home;
    private Api api;
    private int port;

    @Before
    public void unpack() throws Exception {
        Path target = Path.of("target", "restart-it");
        delete(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", new File(System.getProperty("fabrique.distribution")).getAbsolutePath());
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        port = freePort();
        edit("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(port));
        edit("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        edit("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        edit("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        api = new Api("http://localhost:" + port + "/api");
    }

    @After
    public void stop() throws Exception {
        if (home != null) {
            karaf("stop");
        }
    }

    @Test
    public void dataSurvivesAStopAndAStart() throws Exception {
        karaf("start");
        assertEquals("health within 30 s", 200, api.await("/health", 200, Duration.ofSeconds(30)).status());
        String admin = api.login("operator@example.org", "le mot de passe de l'opérateur");
        Reply structure = api.post("/structures", admin, "{\"name\":\"La Rotonde\",\"kind\":\"venue\"}");
        Reply person = api.post("/people", admin, "{\"name\":\"Camille\",\"email\":\"camille@example.org\"}");
        long structureId = structure.json().get("id").asLong();
        long personId = person.json().get("id").asLong();
        assertEquals(201, api.post("/structures/" + structureId + "/members", admin,
                "{\"personId\":" + personId + ",\"role\":\"coordinator\"}").status());

        karaf("stop");
        awaitDown();
        karaf("start");
        assertEquals(200, api.await("/health", 200, Duration.ofSeconds(60)).status());

        String again = api.login("operator@example.org", "le mot de passe de l'opérateur");
        assertEquals("La Rotonde", api.get("/structures/" + structureId, null).json().get("name").asText());
        assertEquals("camille@example.org", api.get("/people/" + personId, again).json().get("email").asText());
        Reply members = api.get("/structures/" + structureId + "/members", again);
        assertEquals("coordinator", members.json().get(0).get("role").asText());
        assertTrue("derby.log belongs under data/log", Files.exists(home.resolve("data/log/derby.log")));
        assertTrue("no derby.log in the working directory", !Files.exists(home.resolve("derby.log")));
    }

    private void karaf(String script) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bin/" + script).directory(home.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("FABRIQUE_ADMIN_EMAIL", "operator@example.org");
        env.put("FABRIQUE_ADMIN_PASSWORD", "le mot de passe de l'opérateur");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        assertTrue(script + " did not return", process.waitFor(90, TimeUnit.SECONDS));
    }

    private void awaitDown() {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end && api.get("/health", null).status() != -1) {
            Api.sleep(250);
        }
        // The JVM may still hold the database lock for a moment after the port closed.
        Api.sleep(2000);
    }

    private void edit(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String content = Files.exists(path) ? Files.readString(path) : "";
        StringBuilder edited = new StringBuilder();
        boolean found = false;
        for (String line : content.split("\n", -1)) {
            if (line.matches("^\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                edited.append(key).append(" = ").append(value).append('\n');
                found = true;
            } else if (!line.isEmpty()) {
                edited.append(line).append('\n');
            }
        }
        if (!found) {
            edited.append(key).append(" = ").append(value).append('\n');
        }
        Files.writeString(path, edited.toString());
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, process.waitFor());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
