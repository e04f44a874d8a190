package org.fabrique.distribution;

import static org.fabrique.distribution.browser.Pages.fill;
import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.fabrique.distribution.browser.Pages.navigation;
import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

import org.fabrique.distribution.browser.Accessibility;
import org.fabrique.distribution.browser.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A new person, in headless Chromium on a phone, in French: signs up, confirms by the link of the
 * mail received by a real SMTP server (GreenMail, in this JVM), logs in and out, gets a new password
 * through "forgotten password", then changes it while logged in. Every page is checked with axe-core.
 */
public class SignupIT {

    private static final String EMAIL = "lea.martin@example.org";
    private static final String FIRST = "une phrase assez longue";
    private static final String SECOND = "un deuxième mot de passe";
    private static final String THIRD = "et un troisième pour finir";

    private static GreenMail smtp;
    private static RunningDistribution distribution;

    @BeforeClass
    public static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(RunningDistribution.freeTcpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        distribution = RunningDistribution.unpack("signup-it");
        distribution.configure("etc/org.fabrique.mail.cfg", "host", "127.0.0.1");
        distribution.configure("etc/org.fabrique.mail.cfg", "port", String.valueOf(smtp.getSmtp().getPort()));
        distribution.configure("etc/org.fabrique.web.cfg", "publicUrl", distribution.url(""));
        distribution.start(RunningDistribution.BOOT);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (distribution != null) {
            distribution.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    public void aNewPersonSignsUpConfirmsLogsInResetsAndChangesTheirPassword() throws Exception {
        Api api = distribution.api();
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();

            // The way in: the login page links to the sign-up.
            browser.visit(distribution.url("/connexion"));
            submit(page, page.findElement(By.linkText("Créer un compte")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/inscription"));
            assertAccessible(browser);
            browser.screenshot("inscription");

            // Errors next to the fields.
            fill(page, "name", "Léa Martin");
            fill(page, "email", EMAIL);
            fill(page, "password", "court");
            fill(page, "passwordConfirmation", "autre");
            submit(page, page.findElement(By.cssSelector("form[action='/inscription'] button[type='submit']")));
            assertTrue(page.getPageSource().contains("Le mot de passe doit avoir au moins 10 caractères."));
            assertTrue(page.getPageSource().contains("Cochez cette case pour créer votre compte"));
            assertAccessible(browser);
            browser.screenshot("inscription-erreurs");

            fill(page, "password", FIRST);
            fill(page, "passwordConfirmation", FIRST);
            page.findElement(By.id("consent")).click();
            submit(page, page.findElement(By.cssSelector("form[action='/inscription'] button[type='submit']")));
            assertEquals("Vérifiez votre boîte mail", page.findElement(By.tagName("h1")).getText());
            assertAccessible(browser);
            browser.screenshot("inscription-envoyee");

            // Not before the confirmation, neither in the browser nor through the API.
            browser.visit(distribution.url("/connexion"));
            login(page, EMAIL, FIRST);
            assertTrue(page.getPageSource(), page.getPageSource().contains("Confirmez d'abord votre adresse e-mail"));
            assertAccessible(browser);
            assertEquals(401, loginStatus(api, EMAIL, FIRST));

            // The mail: text and HTML, with the link.
            MimeMessage confirmation = nextMail(1);
            assertEquals("Confirmez votre adresse e-mail", confirmation.getSubject());
            String link = link(confirmation, "/confirmation");
            browser.visit(link);
            assertEquals("Adresse confirmée", page.findElement(By.tagName("h1")).getText());
            assertAccessible(browser);
            browser.screenshot("confirmation");

            // Log in, log out.
            submit(page, page.findElement(By.cssSelector("main a[href='/connexion']")));
            login(page, EMAIL, FIRST);
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/"));
            assertFalse(navigation(page).contains("Se connecter"));
            submit(page, page.findElement(By.cssSelector("form.logout button")));
            assertTrue(navigation(page).contains("Se connecter"));

            // The link is single-use: a second visit offers a new one.
            browser.visit(link);
            assertTrue(page.getPageSource().contains("Ce lien de confirmation a expiré ou a déjà servi."));
            assertAccessible(browser);
            browser.screenshot("confirmation-expiree");

            // Forgotten password.
            browser.visit(distribution.url("/connexion"));
            submit(page, page.findElement(By.linkText("Mot de passe oublié ?")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/mot-de-passe-oublie"));
            assertAccessible(browser);
            browser.screenshot("mot-de-passe-oublie");
            fill(page, "email", EMAIL);
            submit(page, page.findElement(By.cssSelector("form[action='/mot-de-passe-oublie'] button[type='submit']")));
            assertEquals("Vérifiez votre boîte mail", page.findElement(By.tagName("h1")).getText());
            assertAccessible(browser);

            MimeMessage reset = nextMail(2);
            assertEquals("Choisir un nouveau mot de passe", reset.getSubject());
            browser.visit(link(reset, "/mot-de-passe/nouveau"));
            assertAccessible(browser);
            browser.screenshot("mot-de-passe-nouveau");
            fill(page, "password", SECOND);
            fill(page, "passwordConfirmation", SECOND);
            submit(page, page.findElement(By.cssSelector("form[action='/mot-de-passe/nouveau'] button[type='submit']")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/"));
            assertFalse(navigation(page).contains("Se connecter"));
            assertTrue(page.getPageSource().contains("Votre nouveau mot de passe est enregistré"));
            assertEquals(401, loginStatus(api, EMAIL, FIRST));
            assertEquals(200, loginStatus(api, EMAIL, SECOND));

            // Change the password while logged in.
            browser.visit(distribution.url("/mot-de-passe"));
            assertAccessible(browser);
            browser.screenshot("mot-de-passe");
            fill(page, "currentPassword", SECOND);
            fill(page, "password", THIRD);
            fill(page, "passwordConfirmation", THIRD);
            submit(page, page.findElement(By.cssSelector("form[action='/mot-de-passe'] button[type='submit']")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/"));
            assertTrue(page.getPageSource().contains("Votre mot de passe est changé."));
            assertFalse(navigation(page).contains("Se connecter"));
            assertEquals(401, loginStatus(api, EMAIL, SECOND));
            assertEquals(200, loginStatus(api, EMAIL, THIRD));
        }
    }

    @Test
    public void theForgottenPasswordPageSaysTheSameForAnUnknownAddress() throws Exception {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();
            browser.visit(distribution.url("/mot-de-passe-oublie"));
            fill(page, "email", "personne@example.org");
            submit(page, page.findElement(By.cssSelector("form[action='/mot-de-passe-oublie'] button[type='submit']")));
            assertEquals("Vérifiez votre boîte mail", page.findElement(By.tagName("h1")).getText());
        }
        Api.sleep(1000);
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertFalse(mail.getAllRecipients()[0].toString().contains("personne@"));
        }
    }

    private static int loginStatus(Api api, String email, String password) {
        return api.post("/auth/login", null, "{\"email\":" + Api.quote(email) + ",\"password\":" + Api.quote(password)
                + "}").status();
    }

    /** Waits for the count-th mail to Léa and returns it. */
    private static MimeMessage nextMail(int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> toLea;
        do {
            toLea = new ArrayList<>();
            for (MimeMessage mail : smtp.getReceivedMessages()) {
                if (mail.getAllRecipients()[0].toString().contains(EMAIL)) {
                    toLea.add(mail);
                }
            }
            if (toLea.size() >= count) {
                return toLea.get(count - 1);
            }
            Api.sleep(200);
        } while (System.nanoTime() < end);
        throw new AssertionError("mail " + count + " to " + EMAIL + " did not arrive; got " + toLea.size());
    }

    /** The link to the page in both parts of the mail, which must be the same. */
    private static String link(MimeMessage mail, String path) throws Exception {
        List<String> text = new ArrayList<>();
        List<String> html = new ArrayList<>();
        parts(mail, text, html);
        assertEquals("one text part", 1, text.size());
        assertEquals("one HTML part", 1, html.size());
        Pattern link = Pattern.compile(Pattern.quote(distribution.url(path)) + "\\?jeton=[A-Za-z0-9_%-]+");
        Matcher inText = link.matcher(text.get(0));
        Matcher inHtml = link.matcher(html.get(0));
        assertTrue(text.get(0), inText.find());
        assertTrue(html.get(0), inHtml.find());
        assertEquals(inText.group(), inHtml.group());
        assertTrue(html.get(0), html.get(0).contains("href=\"" + inText.group() + "\""));
        return inText.group();
    }

    private static void parts(Part part, List<String> text, List<String> html) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                parts(child, text, html);
            }
        } else if (part.isMimeType("text/plain")) {
            text.add(part.getContent().toString());
        } else if (part.isMimeType("text/html")) {
            html.add(part.getContent().toString());
        }
    }
}
