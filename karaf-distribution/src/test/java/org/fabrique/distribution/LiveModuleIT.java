package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.fabrique.distribution.Api.Reply;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * A capability module (the example "hello") is installed and removed while the platform runs:
 * it appears in and disappears from /api/modules, its endpoint answers then 404s, no other
 * bundle is stopped, started or refreshed meanwhile, and its data survives a reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LiveModuleIT {

    private static final String MODULE_BUNDLE = "fabrique-hello";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    BundleContext context;

    @Inject
    FeaturesService features;

    private Api api;
    private String admin;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Before
    public void addExampleModules() throws Exception {
        api = Distribution.api();
        assertEquals(200, api.await("/health", 200, Duration.ofSeconds(60)).status());
        admin = api.login(Distribution.ADMIN_EMAIL, Distribution.ADMIN_PASSWORD);
        features.addRepository(URI.create("mvn:org.fabrique/fabrique-features/"
                + System.getProperty("fabrique.version") + "/xml/examples"));
    }

    @Test
    public void aModuleComesAndGoesLiveWithoutTouchingAnyOtherBundle() {
        List<String> otherBundlesEvents = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            if (!MODULE_BUNDLE.equals(event.getBundle().getSymbolicName())
                    && event.getType() != BundleEvent.RESOLVED && event.getType() != BundleEvent.UNRESOLVED) {
                otherBundlesEvents.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        context.addBundleListener(watcher);
        try {
            Reply available = api.get("/admin/modules", admin);
            assertTrue(available.body(), available.body().contains("\"id\":\"hello\""));
            assertEquals(0, api.get("/modules", null).json().size());
            assertEquals(404, api.get("/hello", null).status());

            Reply installed = api.post("/admin/modules/hello", admin, null);
            assertEquals(installed.toString(), 200, installed.status());
            assertEquals(200, api.await("/hello", 200, WAIT).status());
            assertEquals("hello", awaitModules(1).json().get(0).get("id").asText());
            Reply written = api.post("/hello/messages", admin, "{\"text\":\"Bonjour les voisins\"}");
            assertEquals(written.toString(), 201, written.status());
            assertEquals(400, api.post("/hello/messages", admin, "{\"text\":\"\"}").status());

            Reply removed = api.delete("/admin/modules/hello", admin);
            assertEquals(removed.toString(), 200, removed.status());
            assertEquals(404, api.await("/hello", 404, WAIT).status());
            assertEquals(0, awaitModules(0).json().size());
            assertEquals(200, api.get("/health", null).status());

            api.post("/admin/modules/hello", admin, null);
            Reply messages = api.await("/hello/messages", 200, WAIT);
            assertTrue(messages.body(), messages.body().contains("Bonjour les voisins"));
            Reply export = api.get("/me/export", admin);
            assertTrue(export.body(), export.json().get("hello").toString().contains("Bonjour les voisins"));

            assertEquals("bundles other than the module's changed state", List.of(), otherBundlesEvents);
            Reply audit = api.get("/admin/audit?q=module.install", admin);
            assertTrue(audit.body(), audit.json().get("total").asLong() >= 2);
        } finally {
            context.removeBundleListener(watcher);
        }
    }

    @Test
    public void aModuleDeclaresRolesAndKeepsItsPartOfPersonalData() {
        api.post("/admin/modules/hello", admin, null);
        api.await("/hello", 200, WAIT);
        Reply roles = api.get("/admin/roles", admin);
        assertTrue(roles.body(), roles.body().contains("hello.moderator"));

        long author = person("author@example.org");
        long moderator = person("moderator@example.org");
        String authorToken = api.login("author@example.org", "mot de passe du test");
        String moderatorToken = api.login("moderator@example.org", "mot de passe du test");
        long first = api.post("/hello/messages", authorToken, "{\"text\":\"Atelier vélo samedi\"}").json().get("id").asLong();
        long second = api.post("/hello/messages", authorToken, "{\"text\":\"Repair café dimanche\"}").json().get("id").asLong();
        assertEquals(403, api.delete("/hello/messages/" + first, moderatorToken).status());
        assertEquals(400, api.post("/people/" + moderator + "/roles", admin, "{\"role\":\"hello.nothing\"}").status());
        assertEquals(200, api.post("/people/" + moderator + "/roles", admin, "{\"role\":\"hello.moderator\"}").status());
        String promoted = api.login("moderator@example.org", "mot de passe du test");
        assertEquals(204, api.delete("/hello/messages/" + first, promoted).status());

        Reply export = api.get("/me/export", authorToken);
        assertTrue(export.body(), export.json().get("hello").toString().contains("Repair café dimanche"));
        assertEquals(204, api.delete("/me", authorToken).status());
        assertEquals(401, api.get("/me", authorToken).status());
        assertTrue(api.get("/hello/messages", null).body().indexOf("\"id\":" + second + ",") < 0);
        assertEquals(404, api.get("/people/" + author, admin).status());
        api.delete("/admin/modules/hello", admin);
        api.await("/hello", 404, WAIT);
    }

    @Test
    public void onlyAnAdministratorManagesModulesAndUnknownOnesAreNotFound() {
        assertEquals(404, api.post("/admin/modules/nothing-here", admin, null).status());
        assertEquals(401, api.post("/admin/modules/hello", null, null).status());
        assertEquals(401, api.post("/admin/modules/hello", "forged", null).status());
    }

    private long person(String email) {
        Reply created = api.post("/people", admin, "{\"name\":\"Test\",\"email\":" + Api.quote(email) + "}");
        assertEquals(created.toString(), 201, created.status());
        long id = created.json().get("id").asLong();
        assertEquals(204, api.put("/people/" + id + "/password", admin,
                "{\"newPassword\":\"mot de passe du test\"}").status());
        return id;
    }

    private Reply awaitModules(int count) {
        long end = System.nanoTime() + WAIT.toNanos();
        Reply reply;
        do {
            reply = api.get("/modules", null);
            if (reply.status() == 200 && reply.json().size() == count) {
                return reply;
            }
            Api.sleep(200);
        } while (System.nanoTime() < end);
        return reply;
    }
}
