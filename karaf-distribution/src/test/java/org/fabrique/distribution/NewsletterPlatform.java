package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The distribution as the newsletter's ITs need it: a real SMTP server (GreenMail) in this JVM,
 * the newsletter and the example module (for its letter section) installed live by the
 * administrator, links in mails pointing at this distribution.
 */
final class NewsletterPlatform implements AutoCloseable {

    /** A shared CI machine may be slow to boot Karaf. */
    static final Duration START = Duration.ofSeconds(180);
    static final Duration WAIT = Duration.ofSeconds(60);

    final GreenMail smtp;
    final RunningDistribution distribution;
    /** {@code /api}. */
    final Api api;
    /** The site's pages, {@code /}. */
    final Api site;
    String admin;

    private NewsletterPlatform(GreenMail smtp, RunningDistribution distribution) {
        this.smtp = smtp;
        this.distribution = distribution;
        this.api = distribution.api();
        this.site = new Api(distribution.url(""));
    }

    /** Unpacks into target/{@code name}, sets the newsletter's keys, starts, installs both modules. */
    static NewsletterPlatform start(String name, Map<String, String> newsletterConfig) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(RunningDistribution.freeTcpPort(), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        RunningDistribution distribution = RunningDistribution.unpack(name);
        distribution.addExampleModules();
        // The example module comes from the build's own local repository, not from ~/.m2.
        distribution.configure("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("maven.repo.local"));
        distribution.configure("etc/org.fabrique.mail.cfg", "host", "127.0.0.1");
        distribution.configure("etc/org.fabrique.mail.cfg", "port", String.valueOf(smtp.getSmtp().getPort()));
        distribution.configure("etc/org.fabrique.web.cfg", "publicUrl", distribution.url(""));
        for (Map.Entry<String, String> key : newsletterConfig.entrySet()) {
            distribution.configure("etc/org.fabrique.newsletter.cfg", key.getKey(), key.getValue());
        }
        NewsletterPlatform platform = new NewsletterPlatform(smtp, distribution);
        distribution.start(START);
        platform.login();
        assertEquals(200, platform.api.post("/admin/modules/newsletter", platform.admin, null).status());
        assertEquals(200, platform.api.post("/admin/modules/hello", platform.admin, null).status());
        assertEquals(200, platform.api.await("/newsletter/lists", 200, WAIT).status());
        assertEquals(200, platform.api.await("/hello/messages", 200, WAIT).status());
        return platform;
    }

    /** Installs the agenda live as well (for its section "L'agenda de la semaine") and waits for its API. */
    void installAgenda() {
        Api.Reply installed = api.post("/admin/modules/agenda", admin, null);
        assertEquals(installed.toString(), 200, installed.status());
        assertEquals(200, api.await("/agenda/week", 200, WAIT).status());
    }

    /** Logs the administrator in again (after a restart). */
    void login() {
        admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
    }

    @Override
    public void close() throws Exception {
        try {
            distribution.close();
        } finally {
            smtp.stop();
        }
    }
}
