package org.fabrique.distribution;

import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.fabrique.distribution.browser.Pages.navigation;
import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.fabrique.distribution.browser.Accessibility;
import org.fabrique.distribution.browser.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The web pages of the running distribution, in real headless Chromium (French first), checked
 * with axe-core; screenshots of each page go to target/screenshots for people to look at.
 */
public class WebIT {

    private static RunningDistribution distribution;

    @BeforeClass
    public static void start() throws Exception {
        distribution = RunningDistribution.unpack("web-it");
        distribution.addExampleModules();
        distribution.start(RunningDistribution.BOOT);
    }

    @AfterClass
    public static void stop() throws Exception {
        distribution.close();
    }

    @Test
    public void theHomePageIsFrenchAccessibleOnAPhoneAndOnADesktop() {
        for (Browser.Size size : Browser.Size.values()) {
            try (Browser browser = Browser.open(size)) {
                browser.visit(distribution.url("/"));
                WebDriver page = browser.driver();
                assertEquals("fr", page.findElement(By.tagName("html")).getAttribute("lang"));
                assertTrue(page.getTitle(), page.getTitle().contains("Fabrique de la Transition"));
                assertTrue(navigation(page).contains("Accueil"));
                assertTrue(navigation(page).contains("Se connecter"));
                assertAccessible(browser);
                browser.screenshot("accueil-" + size.name().toLowerCase());
            }
        }
    }

    @Test
    public void aPersonLogsInAndOutWithTheForm() {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            browser.visit(distribution.url("/connexion"));
            WebDriver page = browser.driver();
            login(page, RunningDistribution.ADMIN_EMAIL, "pas le bon mot de passe");
            assertTrue(page.getPageSource(), page.getPageSource().contains("Adresse e-mail ou mot de passe incorrect."));
            assertAccessible(browser);
            browser.screenshot("connexion-erreur");

            login(page, RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/"));
            assertTrue(navigation(page).contains("Administration"));
            assertFalse(navigation(page).contains("Se connecter"));
            browser.screenshot("accueil-connecte");

            submit(page, page.findElement(By.cssSelector("form.logout button")));
            assertTrue(navigation(page).contains("Se connecter"));
        }
    }

    @Test
    public void installingAModuleAddsItToTheNavigationAndRemovingItTakesItAway() {
        Api api = distribution.api();
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        try (Browser browser = Browser.open(Browser.Size.DESKTOP)) {
            browser.visit(distribution.url("/"));
            assertFalse(navigation(browser.driver()).contains("Bonjour"));

            assertEquals(200, api.post("/admin/modules/hello", admin, null).status());
            api.await("/hello", 200, RunningDistribution.LIVE);
            browser.visit(distribution.url("/"));
            assertTrue(navigation(browser.driver()).contains("Bonjour"));
            assertTrue(browser.driver().getPageSource().contains("Un livre d'or"));
            assertTrue("the module's home section", browser.driver().getPageSource().contains("Derniers mots du livre d'or"));
            browser.screenshot("accueil-avec-module");
            browser.visit(distribution.url("/hello"));
            assertEquals("Livre d'or", browser.driver().findElement(By.tagName("h1")).getText());
            assertTrue(navigation(browser.driver()).contains("Accueil"));
            assertAccessible(browser);
            browser.screenshot("module-livre-d-or");
            browser.visit(distribution.url("/connexion?next=%2Fhello"));
            login(browser.driver(), RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
            browser.driver().findElement(By.name("text")).sendKeys("Vive la Fête du vélo !");
            submit(browser.driver(), browser.driver().findElement(By.cssSelector("form[action='/hello'] button")));
            assertTrue(browser.driver().getPageSource(), browser.driver().getPageSource().contains("Vive la Fête du vélo !"));
            submit(browser.driver(), browser.driver().findElement(By.cssSelector("form[action='/hello'] button")));
            assertTrue("an empty message is refused next to the field",
                    browser.driver().getPageSource().contains("Écrivez un message de 1 à 500 caractères."));

            assertEquals(200, api.delete("/admin/modules/hello", admin).status());
            api.await("/hello", 404, RunningDistribution.LIVE);
            browser.visit(distribution.url("/"));
            assertFalse(navigation(browser.driver()).contains("Bonjour"));
            assertFalse(browser.driver().getPageSource().contains("Derniers mots du livre d'or"));
        }
    }

    @Test
    public void anUnknownAddressGivesTheFrenchNotFoundPageInTheLayout() {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            browser.visit(distribution.url("/pas/de/page/ici"));
            WebDriver page = browser.driver();
            assertTrue(navigation(page).contains("Accueil"));
            assertTrue(page.findElement(By.tagName("h1")).getText(), page.getPageSource().contains("introuvable")
                    || page.getPageSource().contains("n'existe pas"));
            assertAccessible(browser);
            browser.screenshot("page-introuvable");
        }
        assertEquals(404, new Api(distribution.url("")).get("/pas/de/page/ici", null).status());
    }
}
