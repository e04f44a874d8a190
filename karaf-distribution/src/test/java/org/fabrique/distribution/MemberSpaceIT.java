package org.fabrique.distribution;

import static org.fabrique.distribution.browser.Pages.flash;
import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.fabrique.distribution.browser.Pages.navigation;
import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.fabrique.distribution.browser.Accessibility;
import org.fabrique.distribution.browser.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The member space and the member directory in headless Chromium, in French: a member edits their
 * profile, asks to join a structure, its coordinator accepts, the member downloads their data,
 * withdraws a consent and deletes their account. Every page is checked with axe-core.
 */
public class MemberSpaceIT {

    private static final String MEMBER_EMAIL = "camille@example.org";
    private static final String MEMBER_PASSWORD = "un jardin sous la pluie 42";
    private static final String COORDINATOR_EMAIL = "dominique@example.org";
    private static final String COORDINATOR_PASSWORD = "des tomates au balcon 7";

    private static RunningDistribution distribution;
    private static Api api;
    private static long garden;

    @BeforeClass
    public static void start() throws Exception {
        distribution = RunningDistribution.unpack("member-space-it");
        distribution.start(RunningDistribution.BOOT);
        api = distribution.api();
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        person(admin, "Camille Martin", MEMBER_EMAIL, MEMBER_PASSWORD);
        long coordinator = person(admin, "Dominique Bernard", COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
        garden = created(api.post("/structures", admin, "{\"name\":\"Le Jardin Partagé\",\"kind\":\"association\","
                + "\"neighbourhood\":\"Crêt de Roc\",\"description\":\"Un potager collectif au cœur du quartier.\","
                + "\"website\":\"https://jardin.example.org\"}"));
        created(api.post("/structures", admin, "{\"name\":\"Café Solidaire\",\"kind\":\"venue\","
                + "\"neighbourhood\":\"Jacquard\",\"description\":\"Un café associatif.\"}"));
        created(api.post("/structures/" + garden + "/members", admin,
                "{\"personId\":" + coordinator + ",\"role\":\"coordinator\"}"));
        String member = api.login(MEMBER_EMAIL, MEMBER_PASSWORD);
        created(api.post("/me/consents", member, "{\"purpose\":\"newsletter\",\"scope\":\"newsletter\",\"granted\":true}"));
    }

    @AfterClass
    public static void stop() throws Exception {
        distribution.close();
    }

    @Test
    public void aMemberJoinsAStructureDownloadsTheirDataAndDeletesTheirAccount() throws Exception {
        try (Browser member = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = member.driver();
            member.visit(distribution.url("/me"));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().contains("/connexion?next=%2Fme"));
            login(page, MEMBER_EMAIL, MEMBER_PASSWORD);
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/me"));
            assertEquals("Mon espace", page.findElement(By.tagName("h1")).getText());
            checked(member, "espace-membre");

            type(page, "email", "pas-une-adresse");
            submit(page, page.findElement(By.cssSelector("form[action='/me'] button[type='submit']")));
            assertTrue(page.findElement(By.id("email-error")).getText().contains("adresse e-mail valide"));
            assertEquals("true", page.findElement(By.id("email")).getAttribute("aria-invalid"));
            checked(member, "espace-membre-erreur");

            type(page, "email", COORDINATOR_EMAIL);
            submit(page, page.findElement(By.cssSelector("form[action='/me'] button[type='submit']")));
            assertTrue(page.findElement(By.id("email-error")).getText().contains("déjà utilisée"));

            type(page, "email", MEMBER_EMAIL);
            type(page, "name", "Camille Martin-Durand");
            type(page, "phone", "04 77 00 00 00");
            submit(page, page.findElement(By.cssSelector("form[action='/me'] button[type='submit']")));
            assertTrue(flash(page).contains("profil est enregistré"));
            String token = api.login(MEMBER_EMAIL, MEMBER_PASSWORD);
            assertEquals("Camille Martin-Durand", api.get("/me", token).json().at("/person/name").asText());

            member.visit(distribution.url("/structures"));
            assertTrue(page.getPageSource().contains("Café Solidaire"));
            assertTrue(page.getPageSource().contains("Lieu"));
            checked(member, "annuaire");
            new Select(page.findElement(By.id("type"))).selectByVisibleText("Association");
            submit(page, page.findElement(By.cssSelector("form[action='/structures'] button[type='submit']")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().contains("type=association"));
            assertFalse(page.getPageSource().contains("Café Solidaire"));
            checked(member, "annuaire-filtre");

            submit(page, page.findElement(By.linkText("Le Jardin Partagé")));
            assertEquals("Le Jardin Partagé", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.getPageSource().contains("Association"));
            checked(member, "structure");
            submit(page, page.findElement(By.cssSelector("form[action$='/rejoindre'] button")));
            assertTrue(flash(page).contains("en attente"));
            member.visit(distribution.url("/me"));
            assertTrue(membership(page).contains("en attente"));

            accept();

            member.visit(distribution.url("/me"));
            assertTrue(membership(page).contains("active"));
            assertFalse(membership(page).contains("en attente"));

            String href = page.findElement(By.linkText("Télécharger mes données")).getAttribute("href");
            assertTrue(href, href.endsWith("/me/donnees.json"));
            HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "fabrique_session=" + page.manage().getCookieNamed("fabrique_session").getValue())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, download.statusCode());
            assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            ObjectMapper json = new ObjectMapper();
            JsonNode fromPage = json.readTree(download.body());
            assertEquals(json.readTree(api.get("/me/export", token).body()), fromPage);
            assertTrue(fromPage.toString().contains("Le Jardin Partagé"));

            submit(page, page.findElement(By.cssSelector("form[action='/me/consentements'] button")));
            assertTrue(flash(page).contains("consentement est retiré"));
            JsonNode consent = api.get("/me/consents", token).json().get(0);
            assertFalse(consent.get("granted").asBoolean());
            assertEquals("espace membre", consent.get("source").asText());
            checked(member, "espace-membre-actif");

            submit(page, page.findElement(By.linkText("Supprimer mon compte…")));
            checked(member, "suppression");
            type(page, "confirmation", "peut-être");
            submit(page, page.findElement(By.cssSelector("form[action='/me/suppression'] button[type='submit']")));
            assertTrue(page.findElement(By.id("confirmation-error")).getText().contains("SUPPRIMER"));
            type(page, "confirmation", "SUPPRIMER");
            submit(page, page.findElement(By.cssSelector("form[action='/me/suppression'] button[type='submit']")));
            assertEquals("Au revoir", page.findElement(By.tagName("h1")).getText());
            assertTrue(navigation(page).contains("Se connecter"));
            checked(member, "au-revoir");
        }
        Api.Reply login = api.post("/auth/login", null,
                "{\"email\":" + Api.quote(MEMBER_EMAIL) + ",\"password\":" + Api.quote(MEMBER_PASSWORD) + "}");
        assertEquals(login.toString(), 401, login.status());
    }

    @Test
    public void theLastAdministratorIsToldTheirAccountCannotBeDeleted() {
        try (Browser admin = Browser.open(Browser.Size.DESKTOP)) {
            WebDriver page = admin.driver();
            admin.visit(distribution.url("/connexion?next=%2Fme%2Fsuppression"));
            login(page, RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
            type(page, "confirmation", "SUPPRIMER");
            submit(page, page.findElement(By.cssSelector("form[action='/me/suppression'] button[type='submit']")));
            assertTrue(page.findElement(By.cssSelector(".form-error")).getText().contains("dernière personne administratrice"));
            checked(admin, "suppression-dernier-admin");
        }
        assertEquals(200, api.post("/auth/login", null, "{\"email\":" + Api.quote(RunningDistribution.ADMIN_EMAIL)
                + ",\"password\":" + Api.quote(RunningDistribution.ADMIN_PASSWORD) + "}").status());
    }

    @Test
    public void anUnknownStructureGivesTheNotFoundPage() {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            browser.visit(distribution.url("/structures/999999"));
            assertEquals("Page introuvable", browser.driver().findElement(By.tagName("h1")).getText());
            checked(browser, "structure-introuvable");
        }
        assertEquals(404, new Api(distribution.url("")).get("/structures/999999", null).status());
    }

    /** The coordinator sees the pending request on the structure's page and accepts it. */
    private static void accept() {
        try (Browser coordinator = Browser.open(Browser.Size.DESKTOP)) {
            WebDriver page = coordinator.driver();
            coordinator.visit(distribution.url("/connexion?next=%2Fstructures%2F" + garden));
            login(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
            WebElement request = page.findElement(By.cssSelector(".request"));
            assertTrue(request.getText(), request.getText().contains("Camille Martin-Durand"));
            checked(coordinator, "structure-coordinateur");
            submit(page, request.findElement(By.cssSelector("input[value='accepter'] ~ button")));
            assertTrue(flash(page).contains("fait maintenant partie"));
            assertTrue(page.findElement(By.cssSelector(".members")).getText().contains("Camille Martin-Durand"));
            assertTrue(page.findElements(By.cssSelector(".request")).isEmpty());

            submit(page, page.findElement(By.linkText("Modifier")));
            checked(coordinator, "structure-modifier");
            type(page, "website", "pas une adresse");
            submit(page, page.findElement(By.cssSelector("form[action$='/modifier'] button[type='submit']")));
            assertTrue(page.findElement(By.id("website-error")).isDisplayed());
            type(page, "website", "https://jardin.example.org");
            type(page, "neighbourhood", "Crêt de Roc, Saint-Étienne");
            submit(page, page.findElement(By.cssSelector("form[action$='/modifier'] button[type='submit']")));
            assertTrue(flash(page).contains("structure est enregistrée"));
            assertTrue(page.getPageSource().contains("Crêt de Roc, Saint-Étienne"));
        }
    }

    private static long person(String admin, String name, String email, String password) {
        long id = created(api.post("/people", admin, "{\"name\":" + Api.quote(name) + ",\"email\":" + Api.quote(email)
                + ",\"language\":\"fr\"}"));
        Api.Reply set = api.put("/people/" + id + "/password", admin, "{\"newPassword\":" + Api.quote(password) + "}");
        assertEquals(set.toString(), 204, set.status());
        return id;
    }

    private static long created(Api.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().get("id").asLong();
    }

    private static String membership(WebDriver page) {
        return page.findElement(By.cssSelector(".membership")).getText();
    }

    private static void type(WebDriver page, String field, String text) {
        WebElement input = page.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static void checked(Browser browser, String screenshot) {
        assertAccessible(browser);
        browser.screenshot(screenshot);
    }
}
