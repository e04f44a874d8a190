package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.fabrique.distribution.Api.Reply;
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
 * The newsletter installed and removed live from the distribution's own system repository: its
 * endpoints, pages, role and shell commands come and go, no other bundle changes state, its data
 * (lists, subscribers) survives a reinstall, and its OpenAPI paths are published.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class NewsletterLiveIT {

    private static final String MODULE_BUNDLE = "fabrique-newsletter";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    BundleContext context;

    @Inject
    SessionFactory shell;

    @Configuration
    public Option[] config() {
        return Distribution.options();
    }

    @Test
    public void theNewsletterComesAndGoesLiveAndKeepsItsSubscribers() throws Exception {
        Api api = Distribution.api();
        assertEquals(200, api.await("/health", 200, Duration.ofSeconds(60)).status());
        String admin = api.login(Distribution.ADMIN_EMAIL, Distribution.ADMIN_PASSWORD);
        List<String> otherBundlesEvents = new CopyOnWriteArrayList<>();
        BundleListener watcher = event -> {
            if (!MODULE_BUNDLE.equals(event.getBundle().getSymbolicName())
                    && event.getType() != BundleEvent.RESOLVED && event.getType() != BundleEvent.UNRESOLVED) {
                otherBundlesEvents.add(event.getBundle().getSymbolicName() + " " + event.getType());
            }
        };
        context.addBundleListener(watcher);
        try {
            assertTrue(api.get("/admin/modules", admin).body().contains("\"id\":\"newsletter\""));
            assertEquals(404, api.get("/newsletter/lists", null).status());

            assertEquals(200, api.post("/admin/modules/newsletter", admin, null).status());
            Reply lists = api.await("/newsletter/lists", 200, WAIT);
            assertTrue(lists.body(), lists.body().contains("\"slug\":\"agenda-semaine\""));
            long list = lists.json().get(0).get("id").asLong();
            Reply imported = api.post("/newsletter/lists/" + list + "/import", admin,
                    "{\"basis\":\"liste papier du forum du 12 octobre\",\"rows\":[{\"email\":\"claire@example.org\"}]}");
            assertEquals(imported.toString(), 200, imported.status());
            assertEquals(401, api.post("/newsletter/lists/" + list + "/import", null, "{}").status());
            Reply invalid = api.post("/newsletter/lists/" + list + "/import", admin,
                    "{\"basis\":\"forum\",\"rows\":[{\"email\":\"pas une adresse\"}]}");
            assertEquals(400, invalid.status());
            assertTrue(invalid.body(), invalid.body().contains("rows[0].email"));
            assertTrue(api.get("/admin/roles", admin).body().contains("newsletter.editor"));
            long monthly = lists.json().get(1).get("id").asLong();
            long started = System.nanoTime();
            for (int from = 0; from < 20_000; from += 5_000) {
                StringBuilder rows = new StringBuilder();
                for (int i = from; i < from + 5_000; i++) {
                    rows.append(rows.length() == 0 ? "" : ",").append("{\"email\":\"abonne").append(i)
                            .append("@example.org\"}");
                }
                assertEquals(200, api.post("/newsletter/lists/" + monthly + "/import", admin,
                        "{\"basis\":\"fichier de l'ancienne lettre\",\"rows\":[" + rows + "]}").status());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("Imported 20000 subscribers over HTTP in %d ms%n", millis);
            assertTrue("20 000 rows took " + millis + " ms", millis < 60_000);
            Reply weekly = api.post("/newsletter/weekly", admin, null);
            assertEquals("no agenda installed: no weekly draft", "no_section", weekly.json().get("outcome").asText());
            Reply openapi = api.get("/openapi.json", null);
            assertTrue(openapi.body().contains("/newsletter/letters/{id}/progress"));
            String shellLists = run("newsletter:lists");
            assertTrue(shellLists, shellLists.contains("agenda-semaine") && shellLists.contains("1"));

            assertEquals(200, api.delete("/admin/modules/newsletter", admin).status());
            assertEquals(404, api.await("/newsletter/lists", 404, WAIT).status());
            assertEquals(200, api.get("/health", null).status());

            assertEquals(200, api.post("/admin/modules/newsletter", admin, null).status());
            Reply again = api.await("/newsletter/lists", 200, WAIT);
            assertEquals("subscribers survive the reinstall", 1, again.json().get(0).get("subscribers").asLong());
            Reply export = api.get("/me/export", admin);
            assertTrue(export.body(), export.json().has("newsletter"));
            assertEquals("bundles other than the module's changed state", List.of(), otherBundlesEvents);
        } finally {
            context.removeBundleListener(watcher);
        }
    }

    private String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = shell.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
