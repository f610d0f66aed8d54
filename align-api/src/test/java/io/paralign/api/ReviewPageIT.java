package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed pair is uploaded as two files through the review page in headless Chromium (Debian's {@code chromium}
 * and {@code chromium-driver}; skipped when they are not installed, except in CI ({@code CI=true}), where that
 * fails), chosen one a side or dropped together, with no language chosen: the detected languages are shown above
 * align-core's HTML report, which the page shows in a sandboxed frame: its legend, the sides by name, the French
 * paragraph missing from the Arabic in its legend colour, the count that filters the rows to it, its finding linked
 * to its flag; every export is downloaded, and the page's policy blocks nothing, in the frame neither. Screenshots
 * are written under {@code target/review-page/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewPageIT {
    private static final Path FRENCH = Path.of("../seeds/001_d60f469c9e1ad6ee.txt");
    private static final Path ARABIC = Path.of("../seeds/000_8309a08ed0edb24a.txt");
    /** The French paragraph the Arabic leaves out (with the typographic apostrophe of the seed text). */
    private static final String OMISSION = "plus d\u2019un million de personnes";
    /** Its finding: French is the source, so the paragraph is missing in the target. */
    private static final String OMISSION_KIND = "t-missing-in-target";

    @LocalServerPort
    int port;
    WebDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        String dir = Fixture.dataDir("align-api-page").toString();
        registry.add("paralign.store.data-dir", () -> dir);
    }

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    /** The review page's address: no key needed here. */
    String page() {
        return "/";
    }

    private List<?> blockedByThePolicy() {
        return HeadlessChromium.blockedByThePolicy(browser);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void seedPairUploadedAsTwoFilesIsAlignedInDetectedLanguages() throws IOException {
        browser.get("http://localhost:" + port + page());
        assertEquals("auto", new Select(browser.findElement(By.id("sourceLang"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        assertEquals("auto", new Select(browser.findElement(By.id("targetLang"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        browser.findElement(By.id("sourceFile")).sendKeys(FRENCH.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("targetFile")).sendKeys(ARABIC.toAbsolutePath().normalize().toString());
        waitUntilLoaded();
        screenshot("1-files-chosen");
        submitAndCheckTheResult();
        screenshot("2-result");

        Path downloads = Files.createDirectories(target("downloads"));
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        String id = browser.findElement(By.id("alignmentId")).getText();
        for (WebElement button : browser.findElements(By.cssSelector("#exports button"))) {
            String format = button.getDomAttribute("data-format");
            Path file = downloads.resolve(id + "." + (format.equals("gold") ? "txt" : format));
            button.click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.exists(file));
        }
        String tmx = Files.readString(downloads.resolve(id + ".tmx"));
        assertTrue(tmx.contains("<tmx version=\"1.4\">") && tmx.contains("Huawei"), tmx);
        assertTrue(Files.readString(downloads.resolve(id + ".json")).contains("\"MISSING_IN_TARGET\""));
        assertEquals("", browser.findElement(By.id("error")).getText());
        assertEquals(List.of(), blockedByThePolicy());

        browser.get("http://localhost:" + port + page());
        browser.findElement(By.id("openId")).sendKeys(id);
        browser.findElement(By.id("openButton")).click();
        switchToTheReport();
        assertTrue(ReportInBrowser.row(browser, OMISSION).isDisplayed());
        browser.switchTo().defaultContent();
        assertEquals(id, browser.findElement(By.id("alignmentId")).getText());
        assertTrue(browser.findElement(By.id("sourceLanguage")).getText().startsWith("Source: French (fr), detected"));
        assertEquals(List.of(), blockedByThePolicy());
    }

    @Test
    void twoFilesDroppedTogetherFillBothSides() throws IOException {
        browser.get("http://localhost:" + port + page());
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("review.js ran")
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#sourceLang option"), 1));
        // a drop of two files on the target's zone, as a file manager sends it: the first file is the source
        ((JavascriptExecutor) browser).executeScript("""
                const files = new DataTransfer();
                files.items.add(new File([arguments[0]], "french.txt", {type: "text/plain"}));
                files.items.add(new File([arguments[1]], "arabic.txt", {type: "text/plain"}));
                document.getElementById("targetDrop").dispatchEvent(
                    new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));""",
                Files.readString(FRENCH), Files.readString(ARABIC));
        waitUntilLoaded();
        assertEquals("french.txt", browser.findElement(By.id("sourceName")).getText());
        assertEquals("arabic.txt", browser.findElement(By.id("targetName")).getText());
        screenshot("3-files-dropped");
        submitAndCheckTheResult();
        assertEquals(List.of(), blockedByThePolicy());
    }

    private void waitUntilLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "texts not filled in; page errors: "
                + browser.findElement(By.id("error")).getText()).until(b ->
                b.findElement(By.id("sourceText")).getDomProperty("value").contains("Huawei")
                        && !b.findElement(By.id("targetText")).getDomProperty("value").isEmpty());
    }

    /**
     * Submits with no language chosen; the languages are detected and shown, and the report below them marks the
     * missing paragraph. Leaves the browser in the page, out of the report's frame.
     */
    private void submitAndCheckTheResult() throws IOException {
        browser.findElement(By.id("alignButton")).click();
        switchToTheReport();
        checkTheReport();
        browser.switchTo().defaultContent();
        assertTrue(browser.findElement(By.id("sourceLanguage")).getText().startsWith("Source: French (fr), detected"),
                browser.findElement(By.id("sourceLanguage")).getText());
        assertTrue(browser.findElement(By.id("targetLanguage")).getText().startsWith("Target: Arabic (ar), detected"),
                browser.findElement(By.id("targetLanguage")).getText());
        assertTrue(browser.findElement(By.id("coverage")).getText().startsWith("Coverage: source"));
        assertEquals(List.of("TMX", "TSV", "GOLD", "LADDER", "HTML", "JSON", "XLSX"),
                browser.findElements(By.cssSelector("#exports button")).stream().map(WebElement::getText).toList());
    }

    /** Waits until the page's frame shows the report's bead rows, and switches into it. */
    private void switchToTheReport() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "no report shown; page errors: "
                + browser.switchTo().defaultContent().findElement(By.id("error")).getText()).until(b -> {
            b.switchTo().defaultContent();
            if (!b.findElement(By.id("report")).getDomProperty("src").startsWith("blob:")) {
                return false;
            }
            b.switchTo().frame("report");
            return b.findElements(By.cssSelector("table.beads tbody tr")).size() > 10;
        });
    }

    /** In the report's frame: the legend, the sides named, the omission coloured, filtered to and linked. */
    private void checkTheReport() throws IOException {
        assertTrue(browser.findElement(By.id("legend")).isDisplayed());
        assertEquals(List.of("#", "French", "Arabic", "bead"), browser.findElements(
                By.cssSelector("table.beads thead th")).stream().map(WebElement::getText).toList());
        WebElement cell = ReportInBrowser.row(browser, OMISSION).findElement(By.cssSelector("td[lang='fr']"));
        String swatch = ReportInBrowser.swatch(browser, OMISSION_KIND);
        assertFalse(swatch.equals("rgba(0, 0, 0, 0)"), "the report's style applies in the frame");
        assertEquals(swatch, cell.getCssValue("background-color"));
        assertEquals("rtl", browser.findElement(By.cssSelector("table.beads td[lang='ar']")).getDomAttribute("dir"));

        ReportInBrowser.filterTo(browser, OMISSION_KIND);
        assertTrue(ReportInBrowser.row(browser, OMISSION).isDisplayed());
        screenshot("report-filtered");
        WebElement row = ReportInBrowser.row(browser, OMISSION);
        String rowId = row.getDomAttribute("id");
        WebElement finding = row.findElement(By.cssSelector("a.tag." + OMISSION_KIND));
        assertEquals("Missing in Arabic", finding.getText());
        WebElement flag = browser.findElement(By.id(finding.getDomAttribute("href").substring(1)));
        finding.click();
        assertTrue(flag.isDisplayed());
        assertTrue(flag.getText().contains(OMISSION), flag.getText());
        flag.findElement(By.cssSelector("a[href='#" + rowId + "']")).click();
        assertTrue(browser.findElement(By.id("b1")).isDisplayed(), "a row link clears the filter, in the frame");
        assertTrue(ReportInBrowser.row(browser, OMISSION).isDisplayed());
        assertEquals(List.of(), blockedByThePolicy(), "in the report's frame");
    }

    /** A file under target/review-page/, one folder per test class (keys off and on). */
    private Path target(String name) {
        return Path.of("target", "review-page", getClass().getSimpleName(), name);
    }

    private void screenshot(String name) throws IOException {
        Path file = target(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
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
