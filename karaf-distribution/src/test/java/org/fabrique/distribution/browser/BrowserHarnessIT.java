package org.fabrique.distribution.browser;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import org.fabrique.distribution.browser.Accessibility.Violations;
import org.fabrique.distribution.browser.Browser.Size;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser-test harness itself works: real headless Chromium, axe-core, forms, screenshots, window sizes. */
public class BrowserHarnessIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PageServer pages;
    private Browser browser;

    @Before
    public void servePages() throws Exception {
        pages = new PageServer();
    }

    @After
    public void quitBrowserAndStopServer() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            pages.close();
        }
    }

    private Browser open(Size size) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        browser = Browser.open(size);
        return browser;
    }

    @Test
    public void theAccessibleFrenchPageHasNoSeriousViolation() {
        WebDriver driver = open(Size.DESKTOP).visit(pages.url("/accessible.html")).driver();
        assertEquals("fr", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Inscription à l'atelier — Fabrique", driver.getTitle());

        Violations violations = Accessibility.check(browser);
        assertTrue(violations.toString(), violations.isEmpty());
    }

    @Test
    public void theInaccessiblePageFailsTheCheckWithTheExpectedRules() {
        open(Size.DESKTOP).visit(pages.url("/inaccessible.html"));

        Violations violations = Accessibility.check(browser);
        String summary = violations.toString();
        assertEquals(summary, Set.of("image-alt", "label", "color-contrast"), violations.ruleIds());
        assertTrue(summary, summary.contains("image-alt (critical): ") && summary.contains("-> img"));
        assertTrue(summary, summary.contains("label (critical): ") && summary.contains("-> input"));
        assertTrue(summary, summary.contains("color-contrast (serious): ") && summary.contains("-> p"));
    }

    @Test
    public void aFormIsFilledInAndTheServerGetsTheField() {
        WebDriver driver = open(Size.PHONE).visit(pages.url("/accessible.html")).driver();
        driver.findElement(By.id("nom")).sendKeys("Inès Martin");
        driver.findElement(By.id("courriel")).sendKeys("ines@example.org");
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement received = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("recu")));
        assertEquals("Inscription reçue pour Inès Martin", received.getText());
        assertEquals(pages.url("/inscription"), driver.getCurrentUrl());
    }

    @Test
    public void aScreenshotIsAPngFile() throws Exception {
        open(Size.DESKTOP).visit(pages.url("/inaccessible.html"));
        Path file = browser.screenshot("harness-inaccessible-desktop");

        assertEquals(Browser.SCREENSHOTS.resolve("harness-inaccessible-desktop.png"), file);
        byte[] png = Files.readAllBytes(file);
        assertTrue("a real picture, not an empty file: " + png.length + " bytes", png.length > 1000);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    }

    @Test
    public void thePageIsShownAtPhoneAndDesktopSizes() throws Exception {
        for (Size size : Size.values()) {
            open(size).visit(pages.url("/accessible.html"));
            Dimension viewport = browser.viewport();
            assertEquals(size + " viewport", new Dimension(size.width, size.height), viewport);

            byte[] png = Files.readAllBytes(browser.screenshot("harness-accessible-" + size.name().toLowerCase()));
            ByteBuffer header = ByteBuffer.wrap(png, 16, 8); // IHDR: width, then height, big-endian
            assertEquals(size + " screenshot width", size.width, header.getInt());
            assertEquals(size + " screenshot height", size.height, header.getInt());
        }
    }
}
