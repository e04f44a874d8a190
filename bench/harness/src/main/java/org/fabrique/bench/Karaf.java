package org.fabrique.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Karaf (the Fabrique distribution or the bare baseline) unpacked from its archive under bench/target/runs,
 * on free ports, run in the foreground ({@code bin/karaf server}) as a child of the harness so that its JVM is
 * known: its RSS is read from /proc, it can be SIGKILLed, and the JDK's {@code jcmd} can look into it.
 */
public final class Karaf implements AutoCloseable {

    /** Same heap for the distribution and the baseline, the distribution's own default (bin/setenv). */
    static final String HEAP = "-Xms128M -Xmx512M";

    private final String name;
    private final Path home;
    private final int port;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private final String jmxPassword = "bench-" + java.util.UUID.randomUUID();
    private Process launcher;
    private long javaPid = -1;

    private Karaf(String name, Path home, int port) throws IOException {
        this.name = name;
        this.home = home;
        this.port = port;
        this.rmiRegistryPort = freePort();
        this.rmiServerPort = freePort();
    }

    /** Unpacks the archive into bench/target/runs/&lt;name&gt; (emptied first), on free ports. */
    public static Karaf unpack(String name, Path archive) throws IOException, InterruptedException {
        Path target = Settings.runs().resolve(name);
        delete(target);
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString())
                .directory(target.toFile()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IOException("tar xzf " + archive + " failed");
        }
        Path home;
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Karaf karaf = new Karaf(name, home, freePort());
        karaf.configure("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(karaf.port));
        karaf.configure("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort()));
        karaf.configure("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(karaf.rmiRegistryPort));
        karaf.configure("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(karaf.rmiServerPort));
        // A JMX user for the harness only, in this unpacked copy (the shipped users.properties has none).
        Files.writeString(karaf.home.resolve("etc/users.properties"), "\nbench = " + karaf.jmxPassword
                + ",_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n",
                java.nio.file.StandardOpenOption.APPEND);
        return karaf;
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public int port() {
        return port;
    }

    /** Sets key = value in a file of the distribution (created if missing), e.g. the SMTP port. */
    public void configure(String file, String key, String value) throws IOException {
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

    /** Adds a features repository at the front of featuresRepositories (e.g. the example modules). */
    public void addFeaturesRepository(String url) throws IOException {
        Path features = home.resolve("etc/org.apache.karaf.features.cfg");
        Files.writeString(features, Files.readString(features).replaceFirst("(?m)^featuresRepositories\\s*=\\s*",
                "featuresRepositories=" + Matcher.quoteReplacement(url.replace(":", "\\:") + ", ")));
    }

    /** The JVMs this harness started and has not stopped: killed if the harness itself ends first. */
    private static final java.util.Set<Long> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(
                pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)), "karaf-reaper"));
    }

    /** Launches bin/karaf server and returns at once, with the launch instant in nanoTime. */
    public long launch(String adminEmail, String adminPassword) throws IOException {
        if (launcher != null && launcher.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("EXTRA_JAVA_OPTS", HEAP);
        if (adminEmail != null) {
            builder.environment().put("FABRIQUE_ADMIN_EMAIL", adminEmail);
            builder.environment().put("FABRIQUE_ADMIN_PASSWORD", adminPassword);
        }
        long start = System.nanoTime();
        launcher = builder.start();
        javaPid = -1;
        javaPid();
        return start;
    }

    /** The pid of the Karaf JVM (a child of bin/karaf's shell), waiting for it to appear. */
    public long javaPid() {
        if (javaPid > 0 && ProcessHandle.of(javaPid).map(ProcessHandle::isAlive).orElse(false)) {
            return javaPid;
        }
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end && launcher != null) {
            Optional<ProcessHandle> java = launcher.toHandle().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
            if (java.isPresent()) {
                javaPid = java.get().pid();
                RUNNING.add(javaPid);
                return javaPid;
            }
            Http.sleep(20);
        }
        throw new IllegalStateException("no Karaf JVM under bin/karaf of " + name);
    }

    public boolean running() {
        return launcher != null && launcher.isAlive();
    }

    /** SIGKILL of the Karaf JVM, as the OOM killer or a power cut would; waits until it is gone. */
    public void kill() throws InterruptedException {
        long pid = javaPid();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        RUNNING.remove(pid);
        launcher.destroyForcibly();
        launcher.waitFor(30, TimeUnit.SECONDS);
        launcher = null;
    }

    /** bin/stop, then waits for the JVM to end (SIGKILL after 90 s) and the port to close. */
    public void stop() throws IOException, InterruptedException {
        if (!running()) {
            return;
        }
        long pid = javaPid();
        Process stop = new ProcessBuilder("bin/stop").directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile())).start();
        stop.waitFor(60, TimeUnit.SECONDS);
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            System.err.println(name + " did not stop within 90 s: SIGKILL");
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            launcher.waitFor(30, TimeUnit.SECONDS);
        }
        RUNNING.remove(pid);
        launcher = null;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    /** Resident set size of the Karaf JVM in KiB (VmRSS of /proc/&lt;pid&gt;/status). */
    public long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(javaPid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + javaPid());
    }

    /** Runs the JDK's jcmd against the Karaf JVM and returns its output. */
    public String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(String.valueOf(javaPid()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /**
     * Installs and starts a bundle through Karaf's own JMX bundle MBean (no Fabrique code involved); returns
     * its id.
     */
    public long installBundle(Path bundle) throws IOException, javax.management.JMException {
        try (javax.management.remote.JMXConnector jmx = jmx()) {
            Object id = jmx.getMBeanServerConnection().invoke(bundles(), "install",
                    new Object[] { bundle.toUri().toString(), true }, new String[] { "java.lang.String", "boolean" });
            return ((Number) id).longValue();
        }
    }

    public void uninstallBundle(long id) throws IOException, javax.management.JMException {
        try (javax.management.remote.JMXConnector jmx = jmx()) {
            jmx.getMBeanServerConnection().invoke(bundles(), "uninstall", new Object[] { String.valueOf(id) },
                    new String[] { "java.lang.String" });
        }
    }

    private javax.management.ObjectName bundles() throws javax.management.MalformedObjectNameException {
        return new javax.management.ObjectName("org.apache.karaf:type=bundle,name=root");
    }

    private javax.management.remote.JMXConnector jmx() throws IOException {
        javax.management.remote.JMXServiceURL url = new javax.management.remote.JMXServiceURL(
                "service:jmx:rmi://127.0.0.1:" + rmiServerPort + "/jndi/rmi://127.0.0.1:" + rmiRegistryPort
                        + "/karaf-root");
        return javax.management.remote.JMXConnectorFactory.connect(url, java.util.Map.of(
                javax.management.remote.JMXConnector.CREDENTIALS, new String[] { "bench", jmxPassword }));
    }

    /** The last lines of data/log/karaf.log, for a failure report. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(home.resolve("data/log/karaf.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no karaf.log: " + e + ")";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
