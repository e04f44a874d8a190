package org.fabrique.distribution.browser;

import static org.fabrique.distribution.browser.Pages.assertAccessible;
import static org.fabrique.distribution.browser.Pages.fill;
import static org.fabrique.distribution.browser.Pages.flash;
import static org.fabrique.distribution.browser.Pages.login;
import static org.fabrique.distribution.browser.Pages.navigation;
import static org.fabrique.distribution.browser.Pages.submit;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.fabrique.distribution.AgendaFixture;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The agenda in headless Chromium, in French: a structure's coordinator publishes an event
 * directly, a visitor without an account proposes one (first with mistakes shown next to the
 * fields), a moderator publishes it from the queue, and the week shows both; axe-core on every page.
 */
public class AgendaBrowserIT {

    private static AgendaFixture fixture;

    @BeforeClass
    public static void start() throws Exception {
        fixture = AgendaFixture.start("agenda-browser-it");
    }

    @AfterClass
    public static void stop() throws Exception {
        fixture.close();
    }

    /** Date and time inputs take their value in the browser's locale when typed: set it as the form sends it. */
    private static void set(WebDriver page, String name, String value) {
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1]", page.findElement(By.name(name)), value);
    }

    @Test
    public void aCoordinatorPublishesAVisitorProposesAndAModeratorPublishes() {
        try (Browser browser = Browser.open(Browser.Size.DESKTOP)) {
            WebDriver page = browser.driver();
            browser.visit(fixture.url("/connexion?next=%2Fagenda%2Fproposer"));
            login(page, AgendaFixture.COORDINATOR_EMAIL, AgendaFixture.PASSWORD);
            assertEquals("Proposer un événement", page.findElement(By.tagName("h1")).getText());
            assertTrue(navigation(page).contains("Agenda"));
            assertAccessible(browser);
            fill(page, "title", "Concert de la chorale du Furan");
            set(page, "date", "2026-12-08");
            set(page, "start", "20:30");
            set(page, "end", "22:30");
            new Select(page.findElement(By.name("venue"))).selectByVisibleText("Le Fil");
            new Select(page.findElement(By.name("category"))).selectByValue("concert");
            new Select(page.findElement(By.name("price"))).selectByValue("free");
            new Select(page.findElement(By.name("structure"))).selectByVisibleText("Les Voix du Furan");
            browser.screenshot("agenda-proposer-coordinatrice");
            submit(page, page.findElement(By.cssSelector("form[action='/agenda/proposer'] button[type='submit']")));
            assertTrue(flash(page), flash(page).contains("Votre événement est publié."));
            assertEquals("Concert de la chorale du Furan", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.getPageSource(), page.getPageSource().contains("mardi 8 décembre, 20 h 30"));
            assertAccessible(browser);
            browser.screenshot("agenda-evenement");
        }

        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();
            browser.visit(fixture.url("/agenda/proposer"));
            assertTrue(page.findElements(By.name("structure")).isEmpty());
            submit(page, page.findElement(By.cssSelector("form[action='/agenda/proposer'] button[type='submit']")));
            assertTrue(page.getPageSource(), !page.findElements(By.id("title-error")).isEmpty());
            assertTrue(page.findElement(By.id("title-error")).getText().contains("Donnez un titre"));
            assertAccessible(browser);
            browser.screenshot("agenda-proposer-erreurs");
            fill(page, "title", "Atelier compost au jardin");
            set(page, "date", "2026-12-09");
            set(page, "start", "14:00");
            fill(page, "location", "Jardin du Crêt de Roc");
            fill(page, "authorEmail", "voisine@example.org");
            submit(page, page.findElement(By.cssSelector("form[action='/agenda/proposer'] button[type='submit']")));
            assertTrue(flash(page), flash(page).contains("sera publié après relecture"));
        }

        try (Browser browser = Browser.open(Browser.Size.DESKTOP)) {
            WebDriver page = browser.driver();
            browser.visit(fixture.url("/connexion?next=%2Fagenda%2Fmoderation"));
            login(page, AgendaFixture.MODERATOR_EMAIL, AgendaFixture.PASSWORD);
            assertEquals("Modération de l'agenda", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.getPageSource(), page.getPageSource().contains("Atelier compost au jardin"));
            assertTrue(page.getPageSource(), page.getPageSource().contains("voisine@example.org"));
            assertAccessible(browser);
            browser.screenshot("agenda-moderation");
            submit(page, page.findElement(By.cssSelector("button[name='decision'][value='publish']")));
            assertTrue(flash(page), flash(page).contains("Publié : Atelier compost au jardin"));
            assertTrue(page.getPageSource().contains("Rien n'attend la modération."));

            browser.visit(fixture.url("/agenda?semaine=2026-W50"));
            String week = page.findElement(By.tagName("main")).getText();
            assertTrue(week, week.contains("Concert de la chorale du Furan"));
            assertTrue(week, week.contains("Atelier compost au jardin"));
            assertTrue(week, week.contains("Mardi 8 décembre"));
            assertAccessible(browser);
            browser.screenshot("agenda-semaine");
        }
    }

    @Test
    public void aVisitorWhoIsNotAModeratorIsSentToLogInAndTheWeekReadsOnAPhone() {
        try (Browser browser = Browser.open(Browser.Size.PHONE)) {
            WebDriver page = browser.driver();
            browser.visit(fixture.url("/agenda/moderation"));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().contains("/connexion"));
            browser.visit(fixture.url("/agenda"));
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Agenda, semaine du lundi"));
            submit(page, page.findElement(By.cssSelector("a[rel='next']")));
            assertTrue(page.getCurrentUrl(), page.getCurrentUrl().contains("semaine="));
            assertAccessible(browser);
            browser.screenshot("agenda-semaine-telephone");
        }
    }
}
