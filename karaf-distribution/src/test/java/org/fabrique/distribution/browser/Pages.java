package org.fabrique.distribution.browser;

import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every browser test does on Fabrique's pages: fill, submit and wait, log in, read the layout. */
public final class Pages {

    private static final String LEFT_DOCUMENT = "does not belong to the document";

    private Pages() {
    }

    /** Replaces the value of the form field with this name. */
    public static void fill(WebDriver page, String name, String value) {
        WebElement field = page.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Logs in with the form of the page /connexion currently shown. */
    public static void login(WebDriver page, String email, String password) {
        fill(page, "email", email);
        fill(page, "password", password);
        submit(page, page.findElement(By.cssSelector("form[action='/connexion'] button[type='submit']")));
    }

    /** Clicks a form's button or a link, and waits for the page that answers it. */
    public static void submit(WebDriver page, WebElement button) {
        try {
            button.click();
        } catch (WebDriverException e) {
            // ChromeDriver may report the click's own navigation as an error: the page is already leaving.
            if (e.getMessage() == null || !e.getMessage().contains(LEFT_DOCUMENT)) {
                throw e;
            }
        }
        new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> left(button));
        new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The labels of the site's main navigation (links and the log-out button). */
    public static List<String> navigation(WebDriver page) {
        return page.findElements(By.cssSelector("nav.site-nav a, nav.site-nav button")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    /** The flash message of the page. */
    public static String flash(WebDriver page) {
        return page.findElement(By.cssSelector(".flash")).getText();
    }

    /** No serious or critical WCAG 2.1 AA violation on the current page. */
    public static void assertAccessible(Browser browser) {
        Accessibility.Violations violations = Accessibility.check(browser);
        assertTrue(browser.driver().getCurrentUrl() + ": " + violations, violations.isEmpty());
    }

    /** True once the page that held the element has been left (ChromeDriver says so in two ways). */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains(LEFT_DOCUMENT)) {
                return true;
            }
            throw e;
        }
    }
}
