package org.fabrique.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;

import org.fabrique.distribution.Api.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

/**
 * The newsletter in the real distribution against a real SMTP server (GreenMail): installed live,
 * a visitor subscribes and confirms by the mail's link, a letter with the hello section arrives as
 * multipart/alternative with the RFC 8058 headers, the one-click POST unsubscribes; then a send to
 * {@code newsletter.it.recipients} (default 300) imported subscribers is interrupted by SIGKILL and
 * completes after the restart, every recipient served once beyond the messages in flight.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class NewsletterIT {

    private static final Duration WAIT = NewsletterPlatform.WAIT;
    private static final int BATCH = 10;
    private static final int CONNECTIONS = 2;

    private static NewsletterPlatform platform;
    private static GreenMail smtp;
    private static RunningDistribution distribution;
    private static Api api;
    private static Api site;
    private static String admin;

    @BeforeClass
    public static void start() throws Exception {
        platform = NewsletterPlatform.start("newsletter-it", Map.of("batchSize", String.valueOf(BATCH),
                "connections", String.valueOf(CONNECTIONS), "messagesPerSecond", "40", "claimSeconds", "10",
                "pollMillis", "200"));
        smtp = platform.smtp;
        distribution = platform.distribution;
        api = platform.api;
        site = platform.site;
        admin = platform.admin;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void aSubscribeConfirmReceiveAndUnsubscribeInOneClick() throws Exception {
        long list = listId("agenda-semaine");
        assertEquals(400, api.post("/newsletter/lists/" + list + "/subscriptions", null, "{\"email\":\"pas une adresse\"}").status());
        Reply subscribed = api.post("/newsletter/lists/" + list + "/subscriptions", null,
                "{\"email\":\"lea@example.org\",\"name\":\"Léa\"}");
        assertEquals(subscribed.toString(), 202, subscribed.status());
        assertTrue(smtp.waitForIncomingEmail(20_000, 1));
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertTrue(confirmation.getSubject(), confirmation.getSubject().startsWith("Confirmez votre abonnement"));
        String token = token((String) confirmation.getContent(), "/lettres/confirmation\\?jeton=");
        assertEquals(0, subscribers(list));

        // The link shows a button; the button's POST confirms; a second use is refused.
        Reply page = site.get("/lettres/confirmation?jeton=" + token, null);
        assertTrue(page.body(), page.body().contains("Confirmer mon abonnement"));
        assertEquals(0, subscribers(list));
        Reply confirmed = site.send("POST", "/lettres/confirmation", null, "jeton=" + token,
                "application/x-www-form-urlencoded");
        assertEquals(confirmed.toString(), 200, confirmed.status());
        assertTrue(confirmed.body().contains("Abonnement confirmé"));
        assertEquals(1, subscribers(list));
        assertEquals(400, site.send("POST", "/lettres/confirmation", null, "jeton=" + token,
                "application/x-www-form-urlencoded").status());

        // A letter with the hello section.
        api.post("/hello/messages", admin, "{\"text\":\"Atelier vélo samedi au Mixeur\"}");
        Reply sections = api.get("/newsletter/sections", null);
        assertTrue(sections.body(), sections.body().contains("hello.messages"));
        Reply letter = api.post("/newsletter/letters", admin, "{\"listId\":" + list + ",\"subject\":\"Cette semaine à la Fabrique\","
                + "\"body\":\"Bonjour à **toutes et tous** !\",\"sections\":[\"hello.messages\"]}");
        assertEquals(letter.toString(), 201, letter.status());
        long letterId = letter.json().get("id").asLong();
        assertEquals(400, api.post("/newsletter/letters", admin, "{\"listId\":" + list + ",\"subject\":\"\"}").status());
        assertEquals(401, api.post("/newsletter/letters/" + letterId + "/send", null, null).status());
        assertEquals(200, api.post("/newsletter/letters/" + letterId + "/send", admin, null).status());
        assertEquals(409, api.post("/newsletter/letters/" + letterId + "/send", admin, null).status());
        awaitStatus(letterId, "sent");

        assertTrue(smtp.waitForIncomingEmail(20_000, 2));
        MimeMessage received = smtp.getReceivedMessages()[1];
        assertEquals("Cette semaine à la Fabrique", received.getSubject());
        assertTrue(received.getContentType(), received.getContentType().startsWith("multipart/alternative"));
        Multipart parts = (Multipart) received.getContent();
        assertEquals(2, parts.getCount());
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertTrue(parts.getBodyPart(0).getContentType(), parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(text, text.contains("Bonjour à toutes et tous") && text.contains("Atelier vélo samedi au Mixeur"));
        assertTrue(html, html.contains("<strong>toutes et tous</strong>") && html.contains("Dans le livre d&#39;or"));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(received.getHeader("List-Id")[0], received.getHeader("List-Id")[0].contains("<agenda-semaine."));
        String unsubscribe = received.getHeader("List-Unsubscribe", null).replaceAll("\\s+", "");
        assertTrue(unsubscribe, unsubscribe.startsWith("<mailto:"));
        Matcher https = Pattern.compile("<(http[^>]+/lettres/desabonnement\\?jeton=[^>]+)>").matcher(unsubscribe);
        assertTrue(unsubscribe, https.find());
        String oneClick = https.group(1).substring(distribution.url("").length());
        assertTrue(html, html.contains(oneClick.replace("&", "&amp;")));

        // RFC 8058: a POST with that body, no cookie, no CSRF field.
        Reply unsubscribed = site.send("POST", oneClick, null, "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded");
        assertEquals(unsubscribed.toString(), 200, unsubscribed.status());
        assertEquals(0, subscribers(list));
        assertEquals(400, site.send("POST", "/lettres/desabonnement?jeton=forged", null, "List-Unsubscribe=One-Click",
                "application/x-www-form-urlencoded").status());

        // The archive and its feed show the sent letter.
        assertTrue(site.get("/lettres", null).body().contains("Cette semaine à la Fabrique"));
        assertTrue(site.get("/lettres/archives/" + letterId, null).body().contains("toutes et tous"));
        Reply atom = site.get("/lettres/archives.atom", null);
        assertTrue(atom.body(), atom.body().contains("<title>Cette semaine à la Fabrique</title>"));
    }

    @Test
    public void bASendInterruptedBySigkillCompletesAfterTheRestart() throws Exception {
        int recipients = Integer.getInteger("newsletter.it.recipients", 300);
        long list = listId("lettre-mensuelle");
        long started = System.nanoTime();
        for (int from = 0; from < recipients; from += 5000) {
            StringBuilder rows = new StringBuilder();
            for (int i = from; i < Math.min(recipients, from + 5000); i++) {
                rows.append(rows.length() == 0 ? "" : ",").append("{\"email\":\"lecteur").append(i).append("@example.org\"}");
            }
            Reply imported = api.post("/newsletter/lists/" + list + "/import", admin,
                    "{\"basis\":\"liste papier du forum du 12 octobre\",\"rows\":[" + rows + "]}");
            assertEquals(imported.toString(), 200, imported.status());
        }
        System.out.printf("Imported %d subscribers in %d ms%n", recipients, (System.nanoTime() - started) / 1_000_000);
        assertEquals(recipients, subscribers(list));
        assertEquals(400, api.post("/newsletter/lists/" + list + "/import", admin,
                "{\"basis\":\"\",\"rows\":[{\"email\":\"x@example.org\"}]}").status());

        smtp.purgeEmailFromAllMailboxes();
        long letterId = api.post("/newsletter/letters", admin, "{\"listId\":" + list
                + ",\"subject\":\"La lettre de décembre\",\"body\":\"Des nouvelles des structures.\"}").json().get("id").asLong();
        assertEquals(200, api.post("/newsletter/letters/" + letterId + "/send", admin, null).status());
        long end = System.nanoTime() + WAIT.toNanos();
        while (smtp.getReceivedMessages().length < recipients / 4 && System.nanoTime() < end) {
            Api.sleep(50);
        }
        int beforeCrash = smtp.getReceivedMessages().length;
        assertTrue("sending started: " + beforeCrash, beforeCrash > 0 && beforeCrash < recipients);
        distribution.kill();
        System.out.printf("Killed after %d of %d messages%n", beforeCrash, recipients);

        distribution.start(NewsletterPlatform.START);
        platform.login();
        admin = platform.admin;
        awaitStatus(letterId, "sent");
        JsonNode progress = api.get("/newsletter/letters/" + letterId + "/progress", admin).json();
        assertEquals(recipients, progress.get("sent").asLong());
        assertEquals(0, progress.get("failed").asLong());

        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            copies.merge(message.getAllRecipients()[0].toString(), 1, Integer::sum);
        }
        assertEquals("every recipient served", recipients, copies.size());
        long twice = copies.values().stream().filter(n -> n > 1).count();
        System.out.printf("Sent twice (in flight at the crash): %d; bound %d%n", twice, BATCH * CONNECTIONS);
        assertTrue("sent twice: " + twice, twice <= BATCH * CONNECTIONS);
        assertTrue(copies.values().stream().allMatch(n -> n <= 2));
    }

    private static long listId(String slug) {
        for (JsonNode list : api.get("/newsletter/lists", null).json()) {
            if (slug.equals(list.get("slug").asText())) {
                return list.get("id").asLong();
            }
        }
        throw new AssertionError("no list " + slug);
    }

    private static long subscribers(long list) {
        for (JsonNode node : api.get("/newsletter/lists", null).json()) {
            if (node.get("id").asLong() == list) {
                return node.get("subscribers").asLong();
            }
        }
        throw new AssertionError("no list " + list);
    }

    private static void awaitStatus(long letterId, String status) {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            Reply progress = api.get("/newsletter/letters/" + letterId + "/progress", admin);
            last = progress.body();
            if (progress.status() == 200 && status.equals(progress.json().get("status").asText())) {
                return;
            }
            Api.sleep(250);
        }
        throw new AssertionError("letter " + letterId + " not " + status + ": " + last);
    }

    private static String token(String text, String prefix) {
        Matcher matcher = Pattern.compile(prefix + "([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(text, matcher.find());
        return matcher.group(1);
    }
}
