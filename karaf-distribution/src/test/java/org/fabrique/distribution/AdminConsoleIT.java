package org.fabrique.distribution;

import static org.fabrique.distribution.browser.Pages.flash;
import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.fabrique.distribution.browser.Pages.navigation;
import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.fabrique.distribution.browser.Accessibility;
import org.fabrique.distribution.browser.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration {@code /admin} in headless Chromium, in French: the administrator installs and
 * removes the example module through the confirmation page, grants and revokes a role, creates a
 * structure, reads the journal; a member who is not an administrator is refused. Every page is checked with axe-core.
 */
public class AdminConsoleIT {

    private static final String MEMBER_EMAIL = "sacha@example.org";
    private static final String MEMBER_PASSWORD = "une grainothèque au quartier 3";

    private static RunningDistribution distribution;
    private static long member;

    @BeforeClass
    public static void start() throws Exception {
        distribution = RunningDistribution.unpack("admin-console-it");
        distribution.addExampleModules();
        distribution.start(RunningDistribution.BOOT);
        Api api = distribution.api();
        String admin = api.login(RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
        Api.Reply created = api.post("/people", admin, "{\"name\":\"Sacha Girard\",\"email\":"
                + Api.quote(MEMBER_EMAIL) + ",\"language\":\"fr\"}");
        assertEquals(created.toString(), 201, created.status());
        member = created.json().get("id").asLong();
        Api.Reply set = api.put("/people/" + member + "/password", admin,
                "{\"newPassword\":" + Api.quote(MEMBER_PASSWORD) + "}");
        assertEquals(set.toString(), 204, set.status());
    }

    @AfterClass
    public static void stop() throws Exception {
        distribution.close();
    }

    @Test
    public void theAdministratorInstallsAModuleGrantsARoleAndReadsTheJournal() {
        try (Browser browser = Browser.open(Browser.Size.DESKTOP)) {
            WebDriver page = browser.driver();
            browser.visit(distribution.url("/admin"));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().contains("/connexion?next=%2Fadmin"));
            login(page, RunningDistribution.ADMIN_EMAIL, RunningDistribution.ADMIN_PASSWORD);
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/admin"));
            assertEquals("non installé", state(page, "hello"));
            assertFalse(navigation(page).contains("Bonjour"));
            assertAccessible(browser);
            browser.screenshot("admin-modules");

            submit(page, page.findElement(By.cssSelector("a[href='/admin/modules/hello/installer']")));
            assertTrue(page.getPageSource(), page.findElement(By.tagName("h1")).getText()
                    .contains("Voulez-vous vraiment installer le module « hello » ?"));
            assertAccessible(browser);
            browser.screenshot("admin-confirmation");
            submit(page, page.findElement(By.cssSelector("form[action='/admin/modules/hello/installer'] button")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/admin"));
            assertTrue(flash(page), flash(page).contains("Le module « hello » est installé."));
            distribution.api().await("/hello", 200, RunningDistribution.LIVE);
            browser.visit(distribution.url("/admin"));
            assertTrue(navigation(page).toString(), navigation(page).contains("Bonjour"));
            assertTrue(state(page, "hello"), state(page, "hello").equals("démarré")
                    || state(page, "hello").equals("installé"));

            submit(page, page.findElement(By.cssSelector("a[href='/admin/modules/hello/desinstaller']")));
            assertTrue(page.findElement(By.tagName("h1")).getText().contains("désinstaller le module « hello »"));
            submit(page, page.findElement(By.cssSelector("form[action='/admin/modules/hello/desinstaller'] button")));
            assertTrue(flash(page), flash(page).contains("Le module « hello » est désinstallé."));
            distribution.api().await("/hello", 404, RunningDistribution.LIVE);
            browser.visit(distribution.url("/admin"));
            assertFalse(navigation(page).contains("Bonjour"));
            assertEquals("non installé", state(page, "hello"));

            submit(page, page.findElement(By.cssSelector(".sub-nav a[href='/admin/personnes']")));
            WebElement query = page.findElement(By.id("q"));
            query.sendKeys(MEMBER_EMAIL);
            submit(page, page.findElement(By.cssSelector("form[action='/admin/personnes'] button")));
            String card = "#personne-" + member;
            new Select(page.findElement(By.id("role-" + member))).selectByValue("admin");
            submit(page, page.findElement(By.cssSelector("form[action='/admin/personnes/" + member + "/accorder'] button")));
            assertTrue(flash(page), flash(page).contains("Le rôle « admin » est accordé à Sacha Girard."));
            assertTrue(page.findElement(By.cssSelector(card + " .roles")).getText().contains("admin"));
            assertAccessible(browser);
            browser.screenshot("admin-personnes");
            submit(page, page.findElement(By.cssSelector("form[action='/admin/personnes/" + member + "/retirer'] button")));
            assertTrue(flash(page), flash(page).contains("Le rôle « admin » est retiré à Sacha Girard."));
            assertTrue(page.findElements(By.cssSelector(card + " .roles")).isEmpty());

            submit(page, page.findElement(By.cssSelector(".sub-nav a[href='/admin/structures']")));
            page.findElement(By.id("website")).sendKeys("pas une adresse");
            submit(page, page.findElement(By.cssSelector("form[action='/admin/structures'] button")));
            assertTrue(page.findElement(By.id("name-error")).isDisplayed());
            assertTrue(page.findElement(By.id("website-error")).isDisplayed());
            assertAccessible(browser);
            browser.screenshot("admin-structures-erreurs");
            page.findElement(By.id("name")).sendKeys("Le Repair Café");
            page.findElement(By.id("website")).clear();
            new Select(page.findElement(By.id("kind"))).selectByValue("association");
            submit(page, page.findElement(By.cssSelector("form[action='/admin/structures'] button")));
            assertTrue(flash(page), flash(page).contains("La structure « Le Repair Café » est créée."));
            assertTrue(page.findElement(By.cssSelector(".structures-admin")).getText().contains("Le Repair Café"));
            browser.screenshot("admin-structures");

            submit(page, page.findElement(By.cssSelector(".sub-nav a[href='/admin/journal']")));
            List<String> actions = page.findElements(By.cssSelector(".audit-action")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(actions.toString(), actions.contains("module.install"));
            assertTrue(actions.toString(), actions.contains("module.uninstall"));
            assertTrue(actions.toString(), actions.contains("role.grant"));
            assertTrue(actions.toString(), actions.contains("role.revoke"));
            assertTrue(actions.toString(), actions.contains("structure.create"));
            assertEquals("newest first", "structure.create", actions.get(0));
            assertAccessible(browser);
            browser.screenshot("admin-journal");
        }
    }

    @Test
    public void aMemberWhoIsNotAdministratorIsRefused() {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();
            browser.visit(distribution.url("/connexion?next=%2Fadmin"));
            login(page, MEMBER_EMAIL, MEMBER_PASSWORD);
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().endsWith("/admin"));
            assertEquals("Accès refusé", page.findElement(By.tagName("h1")).getText());
            assertFalse(navigation(page).contains("Administration"));
            assertAccessible(browser);
        }
    }

    private static String state(WebDriver page, String module) {
        return page.findElement(By.cssSelector("#module-" + module + " .module-state")).getText().trim();
    }
}
