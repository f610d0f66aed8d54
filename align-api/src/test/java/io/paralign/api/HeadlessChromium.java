package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the browser tests: Debian's {@code chromium} and {@code chromium-driver}, headless, 1280 by 1400.
 * A test without them is skipped on a developer's machine and fails in CI ({@code CI=true}), where {@code .ci/run}
 * installs them. Every page records what its Content-Security-Policy blocks ({@link #blockedByThePolicy}).
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser; the calling test is skipped (or fails, in CI) when Chromium is not installed. */
    public static ChromeDriver start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, "CI=true: " + CHROMIUM + " and " + DRIVER + " must be installed for the browser tests");
        }
        assumeTrue(installed, "chromium and chromedriver needed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1400");
        ChromeDriver chrome = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        // runs before the page's own scripts, outside its Content-Security-Policy: collects what the policy blocks
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.blocked = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.blocked.push(e.violatedDirective + ' ' + e.blockedURI));"));
        return chrome;
    }

    /** What the current document's policy blocked, as "directive URI". */
    public static List<?> blockedByThePolicy(WebDriver browser) {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.blocked;");
    }
}
