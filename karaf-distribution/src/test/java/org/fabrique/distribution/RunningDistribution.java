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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The distribution as an operator runs it: the archive unpacked into target/, free ports, the
 * first administrator from the environment, and the real {@code bin/start} / {@code bin/stop}.
 */
final class RunningDistribution implements AutoCloseable {

    static final String ADMIN_EMAIL = "operator@example.org";
    static final String ADMIN_PASSWORD = "le mot de passe de l'opérateur";
    /** An upper bound, not a measure (bench/ measures): a shared 2-core CI machine may take minutes to boot Karaf. */
    static final Duration BOOT = Duration.ofSeconds(180);
    /** How long a live install or uninstall may take to show, with the same caveat. */
    static final Duration LIVE = Duration.ofSeconds(90);

    private final Path home;
    private final int port;
    private boolean started;

    private RunningDistribution(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Unpacks the distribution into target/&lt;name&gt;, on free ports, not started yet. */
    static RunningDistribution unpack(String name) throws Exception {
        Path target = Path.of("target", name);
        delete(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", new File(System.getProperty("fabrique.distribution")).getAbsolutePath());
        Path home;
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        RunningDistribution distribution = new RunningDistribution(home, freePort());
        distribution.edit("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(distribution.port));
        distribution.edit("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        distribution.edit("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort()));
        distribution.edit("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort()));
        return distribution;
    }

    Path home() {
        return home;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Api api() {
        return new Api(url("/api"));
    }

    /** Adds the repository of the example modules (from the local Maven repository). */
    void addExampleModules() throws IOException {
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        String examples = "mvn\\:org.fabrique/fabrique-features/" + System.getProperty("fabrique.version")
                + "/xml/examples, ";
        Files.writeString(features, Files.readString(features)
                .replaceFirst("(?m)^featuresRepositories\\s*=\\s*", "featuresRepositories=" + java.util.regex.Matcher.quoteReplacement(examples)));
    }

    /** Sets a key of a configuration file of etc/ before the start, e.g. the SMTP server's port. */
    void configure(String file, String key, String value) throws IOException {
        edit(file, key, value);
    }

    /** A free TCP port on this machine, e.g. for a server the test runs. */
    static int freeTcpPort() throws IOException {
        return freePort();
    }

    /** bin/start, then waits for /api/health. */
    void start(Duration timeout) throws Exception {
        script("start");
        started = true;
        assertEquals("health within " + timeout, 200, api().await("/health", 200, timeout).status());
    }

    /** bin/stop, then waits until the port is closed and the database lock is released. */
    void stop() throws Exception {
        script("stop");
        started = false;
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end && api().get("/health", null).status() != -1) {
            Api.sleep(250);
        }
        Api.sleep(2000);
    }

    /**
     * SIGKILL on the Karaf process of this distribution (a crash: no shutdown hook, no clean stop),
     * then waits until the port is closed.
     */
    void kill() throws Exception {
        String marker = home.toAbsolutePath().toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker) && c.contains("org.apache.karaf.main.Main")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        started = false;
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end && api().get("/health", null).status() != -1) {
            Api.sleep(250);
        }
    }

    @Override
    public void close() throws Exception {
        if (started) {
            stop();
        }
    }

    private void script(String name) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bin/" + name).directory(home.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("FABRIQUE_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("FABRIQUE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        assertTrue("bin/" + name + " did not return", process.waitFor(90, TimeUnit.SECONDS));
    }

    private void edit(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String content = Files.exists(path) ? Files.readString(path) : "";
        StringBuilder edited = new StringBuilder();
        boolean found = false;
        for (String line : content.split("\n", -1)) {
            if (line.matches("^\\s*" + Pattern.quote(key) + "\\s*=.*")) {
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
