package org.fabrique.bench;

import java.io.IOException;

/**
 * The distribution the figures after the first share: started once with every available module installed
 * and the echo bundle installed, stopped at the end.
 */
public final class Shared implements AutoCloseable {

    private final String name;
    private Platform platform;
    private long echo;

    /** name: the folder under bench/target/runs, e.g. bench-shared. */
    public Shared(String name) {
        this.name = name;
    }

    public Platform platform() throws IOException, InterruptedException {
        if (platform == null) {
            platform = Platform.unpack(name);
            platform.start();
            platform.installAll();
            try {
                echo = platform.karaf().installBundle(Settings.echoBundle());
            } catch (javax.management.JMException e) {
                throw new IllegalStateException("could not install the echo bundle over JMX", e);
            }
            if (platform.http().await("/bench/echo", 200, Platform.MODULE_WAIT).status() != 200) {
                throw new IllegalStateException("the echo bundle did not answer at /bench/echo");
            }
        }
        return platform;
    }

    /** The bundle id of the echo servlet's bundle (installed over JMX). */
    public long echoBundle() {
        return echo;
    }

    public void echoBundle(long id) {
        echo = id;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (platform != null) {
            platform.stop();
        }
    }
}
