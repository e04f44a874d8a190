package org.fabrique.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/** Where things are: the project (bench.root, set by bench/run), the archives it built, the versions. */
public final class Settings {

    private static final Properties BUILD = new Properties();

    static {
        try (InputStream in = Settings.class.getResourceAsStream("/bench.properties")) {
            BUILD.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Settings() {
    }

    /** The root of the project (the folder holding pom.xml and bench/). */
    public static Path root() {
        return Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    }

    public static String fabriqueVersion() {
        return BUILD.getProperty("fabrique.version");
    }

    public static String karafVersion() {
        return BUILD.getProperty("karaf.version");
    }

    public static Path runs() {
        return root().resolve("bench/target/runs");
    }

    public static Path results() {
        return root().resolve("bench/results");
    }

    /** The distribution's archive (bench.distribution overrides it, e.g. a copy while the tree is rebuilt). */
    public static Path distribution() {
        String given = System.getProperty("bench.distribution");
        if (given != null) {
            return Path.of(given);
        }
        return root().resolve("karaf-distribution/target/fabrique-distribution-" + fabriqueVersion() + ".tar.gz");
    }

    public static Path bareKaraf() {
        return root().resolve("bench/bare-karaf/target/fabrique-bench-bare-karaf-" + fabriqueVersion() + ".tar.gz");
    }

    public static Path echoBundle() {
        return root().resolve("bench/echo/target/fabrique-bench-echo-" + fabriqueVersion() + ".jar");
    }

    /** The features repository of the example modules (hello), from the local Maven repository. */
    public static String examplesRepository() {
        return "mvn:org.fabrique/fabrique-features/" + fabriqueVersion() + "/xml/examples";
    }

    /** The local Maven repository the distribution resolves example modules from (bench/run passes it). */
    public static String mavenRepository() {
        return System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
    }

}
