package org.fabrique.distribution.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, driven through chromedriver, both from Debian's packages (see .ci/setup-browser).
 * Selenium is given both paths, so it never looks for (or downloads) a driver; Chromium's own background
 * connections are turned off, since the machine has no network.
 */
public final class Browser implements AutoCloseable {

    /**
     * The viewport sizes, in CSS pixels, the web front is looked at in; a phone also gets the viewport meta tag
     * and touch, as on a real phone.
     */
    public enum Size {
        PHONE(390, 844, true), DESKTOP(1280, 900, false);

        public final int width;
        public final int height;
        public final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /**
     * Selenium warns twice per browser that it has no DevTools (CDP) module for this Chromium; this harness
     * uses WebDriver only, never CDP, so those two loggers only speak when severe. Held here so they stay set.
     */
    private static final List<Logger> CDP_VERSION_LOGGERS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        CDP_VERSION_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    public static final File CHROMIUM = new File("/usr/bin/chromium");
    public static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /** karaf-distribution/target/screenshots when run by Maven (which sets basedir), else ./target/screenshots. */
    public static final Path SCREENSHOTS = Paths.get(System.getProperty("basedir", ""), "target", "screenshots");

    private final Size size;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Size size, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.size = size;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** Starts a new headless Chromium with an empty profile and a window of the given size. */
    public static Browser open(Size size) {
        requireInstalled(CHROMIUM, "Chromium");
        requireInstalled(CHROMEDRIVER, "chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("fabrique-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(size, profile));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(size, profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    private static ChromeOptions options(Size size, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps",
                "--user-data-dir=" + profile,
                "--window-size=" + size.width + "," + size.height,
                "--lang=fr-FR");
        // The viewport is emulated: a headless window is never narrower than 500 px, and its viewport is
        // shorter than the window by the height of a (drawn nowhere) toolbar.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", size.width,
                "height", size.height, "pixelRatio", 1.0, "mobile", size.mobile, "touch", size.mobile)));
        // Headless Chromium ignores --lang for Accept-Language: a French visitor's browser says fr-FR.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
        return options;
    }

    private static void requireInstalled(File program, String name) {
        if (!program.canExecute()) {
            throw new IllegalStateException(name + " is not installed (no " + program + "): the browser tests need "
                    + "Debian's chromium and chromium-driver. Install them with: bash .ci/setup-browser");
        }
    }

    public Size size() {
        return size;
    }

    /** The Selenium driver, for finding elements, typing, clicking, waiting. */
    public WebDriver driver() {
        return driver;
    }

    /** Loads the page and returns when it has loaded. */
    public Browser visit(String url) {
        driver.get(url);
        return this;
    }

    /** The size of the page's viewport in CSS pixels, as the page itself sees it. */
    public Dimension viewport() {
        Object width = driver.executeScript("return window.innerWidth");
        Object height = driver.executeScript("return window.innerHeight");
        return new Dimension(((Number) width).intValue(), ((Number) height).intValue());
    }

    /** Saves what the window shows as target/screenshots/NAME.png and returns that file. */
    public Path screenshot(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A screenshot name is letters, digits, '.', '_' or '-': " + name);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + name, e);
        }
    }

    /** Quits Chromium and chromedriver and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth failing a test for.
        }
    }
}
