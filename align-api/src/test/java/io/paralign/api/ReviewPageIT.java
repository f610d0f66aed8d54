package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed pair is submitted through the review page in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; skipped when they are not installed, except in CI ({@code CI=true}), where that fails);
 * the French paragraph missing from the Arabic is
 * shown, marked and explained.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    WebDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("align-api-page").toString();
        registry.add("paralign.store.data-dir", () -> dir);
    }

    @BeforeEach
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        // skipped on a developer's machine without them; never in CI, where .ci/run installs them
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, "CI=true: " + CHROMIUM + " and " + DRIVER + " must be installed for the browser tests");
        }
        assumeTrue(installed, "chromium and chromedriver needed");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriver chrome = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        // runs before the page's own scripts, outside its Content-Security-Policy: collects what the policy blocks
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.blocked = []; document.addEventListener('securitypolicyviolation',"
                        + " e => window.blocked.push(e.violatedDirective + ' ' + e.blockedURI));"));
        browser = chrome;
    }

    /** The review page's address: no key needed here. */
    String page() {
        return "/";
    }

    private List<?> blockedByThePolicy() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.blocked;");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void seedPairSubmittedThroughThePageShowsTheMissingParagraphMarked() throws IOException {
        browser.get("http://localhost:" + port + page());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("sourceText")),
                Files.readString(Path.of("../seeds/001_d60f469c9e1ad6ee.txt")));
        js.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("targetText")),
                Files.readString(Path.of("../seeds/000_8309a08ed0edb24a.txt")));
        browser.findElement(By.id("alignButton")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#pairs tbody tr"), 10));

        assertTrue(browser.findElement(By.id("coverage")).getText().startsWith("Coverage: source"));
        List<WebElement> missing = browser.findElements(By.cssSelector("#pairs tbody tr.unmatched")).stream()
                .filter(row -> row.getText().contains("plus d\u2019un million de personnes")).toList();
        assertEquals(1, missing.size());
        WebElement row = missing.get(0);
        assertTrue(row.isDisplayed());
        assertTrue(row.getDomAttribute("data-flags").contains("MISSING_IN_TARGET"));
        assertTrue(row.findElement(By.className("reason")).getText().contains("MISSING_IN_TARGET"));
        assertEquals("rgba(248, 215, 218, 1)", row.findElement(By.tagName("td")).getCssValue("background-color"));
        WebElement arabic = browser.findElement(By.cssSelector("#pairs tbody tr.pair td[lang='ar']"));
        assertEquals("rtl", arabic.getDomAttribute("dir"));
        assertEquals(5, browser.findElements(By.cssSelector("#exports a")).size(), "tmx, tsv, gold, ladder, html");
        assertEquals(List.of(), blockedByThePolicy());
    }

    @Test
    void swaggerUiRunsUnderItsPolicy() {
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        assertTrue(browser.getPageSource().contains("/api/v1/alignments"));
        assertEquals(List.of(), blockedByThePolicy());
    }
}
