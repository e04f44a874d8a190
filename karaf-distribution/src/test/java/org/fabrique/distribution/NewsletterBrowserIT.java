package org.fabrique.distribution;

import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.fabrique.distribution.browser.Pages.fill;
import static org.fabrique.distribution.browser.Pages.flash;
import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;

import org.fabrique.distribution.browser.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;

/**
 * In headless Chromium, in French: a visitor subscribes on /lettres and confirms from the mail; an
 * editor composes a letter with the agenda's section (installed live, with an event of this week
 * published through its API) and the hello module's section (the live preview follows the typing),
 * previews and sends it and watches the progress; the subscriber receives it; the archive shows it.
 * Asking again while pending sends no second mail; a second address from the same client beyond
 * {@code confirmationsPerIpPerHour} is refused (page and API: 429, {@code Retry-After}).
 * Every page is checked with axe-core.
 */
public class NewsletterBrowserIT {

    private static final String READER = "camille.reader@example.org";
    private static final String EVENT = "Chorale des Voix du Furan au Fil";

    private static NewsletterPlatform platform;

    @BeforeClass
    public static void start() throws Exception {
        platform = NewsletterPlatform.start("newsletter-browser-it", Map.of("pollMillis", "200",
                // One confirmation mail an hour per client: the second visitor below is held back.
                "confirmationsPerIpPerHour", "1"));
        assertEquals(201, platform.api.post("/hello/messages", platform.admin,
                "{\"text\":\"Repair café samedi à la Rotonde\"}").status());
        Api.Reply structure = platform.api.post("/structures", platform.admin,
                "{\"name\":\"La Rotonde\",\"kind\":\"venue\"}");
        assertEquals(structure.toString(), 201, structure.status());
        assertEquals(201, platform.api.post("/structures/" + structure.json().get("id").asLong() + "/members",
                platform.admin, "{}").status());
        platform.installAgenda();
        // Within the letter's default period (today and the 6 days after, Paris dates): tonight, or in an hour.
        ZoneId paris = ZoneId.of("Europe/Paris");
        Instant tonight = LocalDate.now(paris).atTime(LocalTime.of(20, 0)).atZone(paris).toInstant();
        Instant starts = tonight.isAfter(Instant.now().plus(1, ChronoUnit.HOURS)) ? tonight
                : Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply event = platform.api.post("/agenda/events", platform.admin, "{\"title\":" + Api.quote(EVENT)
                + ",\"startsAt\":\"" + starts + "\",\"endsAt\":\"" + starts.plus(2, ChronoUnit.HOURS)
                + "\",\"locationText\":\"Le Fil, Carnot\"}");
        assertEquals(event.toString(), 201, event.status());
        assertEquals("published", event.json().get("review").asText());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    public void subscribeConfirmComposeSendAndReadTheArchive() throws Exception {
        RunningDistribution distribution = platform.distribution;
        GreenMail smtp = platform.smtp;
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();

            browser.visit(distribution.url("/lettres"));
            assertEquals("Lettres d'information", page.findElement(By.tagName("h1")).getText());
            assertAccessible(browser);
            fill(page, "email", "pas une adresse");
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/abonnement'] button[type='submit']")));
            assertTrue(page.getPageSource().contains("Saisissez une adresse e-mail valide."));
            assertAccessible(browser);
            fill(page, "email", READER);
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/abonnement'] button[type='submit']")));
            assertEquals("Vérifiez votre boîte mail", page.findElement(By.tagName("h1")).getText());
            browser.screenshot("lettres-abonnement");

            assertTrue(smtp.waitForIncomingEmail(20_000, 1));
            // Asking again while the link is valid: the same answer, and no second mail (checked below).
            browser.visit(distribution.url("/lettres"));
            fill(page, "email", READER);
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/abonnement'] button[type='submit']")));
            assertEquals("Vérifiez votre boîte mail", page.findElement(By.tagName("h1")).getText());
            // Another address from the same client, beyond confirmationsPerIpPerHour.
            browser.visit(distribution.url("/lettres"));
            fill(page, "email", "quelqu.un@example.org");
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/abonnement'] button[type='submit']")));
            assertTrue(page.getPageSource().contains("Trop de demandes de confirmation"));
            assertAccessible(browser);
            long weekly = StreamSupport.stream(platform.api.get("/newsletter/lists", null).json().spliterator(), false)
                    .filter(l -> "agenda-semaine".equals(l.get("slug").asText())).findFirst().orElseThrow()
                    .get("id").asLong();
            // The API, from the same client (the browser: localhost may be ::1 for it, 127.0.0.1 for Java).
            @SuppressWarnings("unchecked")
            Map<String, Object> limited = (Map<String, Object>) ((JavascriptExecutor) page).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch('/api/newsletter/lists/" + weekly + "/subscriptions', {method: 'POST',"
                    + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({email: 'quelqu.un@example.org'})})"
                    + ".then(r => r.text().then(body => done({status: r.status, body: body,"
                    + " type: r.headers.get('Content-Type'), retryAfter: r.headers.get('Retry-After')})))"
                    + ".catch(e => done({status: -1, body: String(e)}));");
            assertEquals(limited.toString(), 429L, ((Number) limited.get("status")).longValue());
            assertTrue(limited.toString(), String.valueOf(limited.get("type")).startsWith("application/problem+json"));
            assertTrue(limited.toString(), String.valueOf(limited.get("body")).contains("\"email\""));
            long retryAfter = Long.parseLong(String.valueOf(limited.get("retryAfter")));
            assertTrue(String.valueOf(retryAfter), retryAfter > 3000 && retryAfter <= 3600);
            String confirmation = (String) smtp.getReceivedMessages()[0].getContent();
            Matcher link = Pattern.compile("(http\\S+/lettres/confirmation\\?jeton=[A-Za-z0-9_-]+)").matcher(confirmation);
            assertTrue(confirmation, link.find());
            browser.visit(link.group(1));
            assertAccessible(browser);
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/confirmation'] button")));
            assertEquals("Abonnement confirmé", page.findElement(By.tagName("h1")).getText());
            assertAccessible(browser);

            // The editor.
            browser.visit(distribution.url("/connexion"));
            login(page, RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
            // A member of a structure proposes its news.
            browser.visit(distribution.url("/lettres/proposer"));
            assertAccessible(browser);
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/proposer'] button[type='submit']")));
            assertTrue(page.getPageSource().contains("Un titre de 1 à 200 caractères."));
            fill(page, "title", "La Rotonde ouvre un atelier couture");
            fill(page, "summary", "Tous les mercredis soir, machines à disposition.");
            submit(page, page.findElement(By.cssSelector("form[action='/lettres/proposer'] button[type='submit']")));
            assertEquals("Merci : l'équipe de rédaction verra votre nouvelle.", flash(page));

            browser.visit(distribution.url("/lettres"));
            submit(page, page.findElement(By.linkText("Rédiger les lettres")));
            assertAccessible(browser);
            submit(page, page.findElement(By.linkText("Nouvelle lettre")));
            assertAccessible(browser);
            fill(page, "subject", "Cette semaine à la Fabrique");
            fill(page, "body", "Bonjour à **toutes et tous** !");
            new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("live-preview"))
                    .getAttribute("innerHTML").contains("<strong>toutes et tous</strong>"));
            WebElement agenda = page.findElement(By.cssSelector("input[name='sections'][value='agenda.week']"));
            assertTrue(page.findElement(By.cssSelector("label[for='" + agenda.getAttribute("id")
                    + "']")).getText().startsWith("L'agenda de la semaine"));
            agenda.click();
            page.findElement(By.cssSelector("input[name='sections'][value='hello.messages']")).click();
            assertTrue(page.getPageSource().contains("mise en avant 0 fois"));
            page.findElement(By.cssSelector("input[name='promotions']")).click();
            browser.screenshot("lettres-redaction");
            submit(page, page.findElement(By.cssSelector("button[name='action'][value='save']")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().matches(".*/lettres/redaction/\\d+"));
            assertAccessible(browser);
            String preview = page.findElement(By.cssSelector("iframe.letter-preview")).getAttribute("src");
            browser.visit(preview);
            assertTrue(page.getPageSource().contains("Repair café samedi à la Rotonde"));
            assertTrue(page.getPageSource().contains("La Rotonde ouvre un atelier couture"));
            assertTrue(page.getPageSource().contains("L'agenda de la semaine"));
            assertTrue(page.getPageSource(), page.getPageSource().contains(EVENT));
            page.navigate().back();

            submit(page, page.findElement(By.cssSelector("button[name='action'][value='send']")));
            assertEquals("La lettre part.", flash(page));
            new WebDriverWait(page, Duration.ofSeconds(60)).until(d -> "sent".equals(
                    d.findElement(By.cssSelector("[data-count='status']")).getAttribute("data-status")));
            assertEquals("envoyée", page.findElement(By.cssSelector("[data-count='status']")).getText());
            assertEquals("1", page.findElement(By.cssSelector("[data-count='sent']")).getText());
            assertAccessible(browser);
            browser.screenshot("lettres-envoyee");

            assertTrue(smtp.waitForIncomingEmail(20_000, 2));
            assertEquals("the confirmation and the letter, nothing else", 2, smtp.getReceivedMessages().length);
            MimeMessage letter = smtp.getReceivedMessages()[1];
            assertEquals(READER, letter.getAllRecipients()[0].toString());
            Multipart parts = (Multipart) letter.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertTrue(parts.getBodyPart(1).getContentType(), parts.getBodyPart(1).isMimeType("text/html"));
            assertTrue(text, text.contains("Repair café samedi à la Rotonde"));
            assertTrue(text, text.contains("L'agenda de la semaine"));
            assertTrue(text, text.contains(EVENT));
            assertTrue(html, html.contains(EVENT));

            browser.visit(distribution.url("/lettres"));
            submit(page, page.findElement(By.linkText("Cette semaine à la Fabrique")));
            assertTrue(page.getPageSource().contains("toutes et tous"));
        }
    }
}
