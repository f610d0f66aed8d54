package io.paralign.api.export;

import static io.paralign.api.Http.alignmentJson;
import static io.paralign.api.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.api.Fixture;
import io.paralign.api.HeadlessChromium;
import io.paralign.api.Http;
import io.paralign.api.ReportInBrowser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed pair's HTML report, as the service exports it under its Content-Security-Policy, in headless Chromium
 * (skipped when {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are missing, except with {@code CI=true},
 * where that fails): the legend and the counts are shown, the omission count filters the rows to the omissions, the
 * omission about "plus d'un million de personnes" has the legend's omission colour, its finding links to its flag
 * and the flag back to its row, the table's header stays at the top of the window, and the policy blocks nothing. Screenshots of each step are written to
 * {@code target/report-page/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPageIT {
    private static final Path SCREENSHOTS = Path.of("target", "report-page");
    private static final Path DATA = Fixture.dataDir("report-page-it");
    /** The French paragraph the Arabic leaves out (with the typographic apostrophe of the seed text). */
    private static final String OMISSION = "plus d\u2019un million de personnes";
    private static final String OMISSION_KIND = "t-missing-in-source";

    @LocalServerPort
    int port;
    private ChromeDriver browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String exportedSeedPair() throws IOException {
        String arabic = Files.readString(Path.of("..", "seeds", "000_8309a08ed0edb24a.txt"));
        String french = Files.readString(Path.of("..", "seeds", "001_d60f469c9e1ad6ee.txt"));
        HttpResponse<String> created = new Http(port).postJson(alignmentJson("ar", arabic, "fr", french));
        assertEquals(201, created.statusCode(), created.body());
        return "http://localhost:" + port + "/api/v1/alignments/" + json(created).get("id").asString()
                + "/export?format=html";
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void seedPairsReportFiltersToTheOmissionAndLinksItToItsFlagAndBack() throws IOException {
        browser.get(exportedSeedPair());
        screenshot("1-report");
        assertTrue(browser.getTitle().contains("Arabic – French"), browser.getTitle());

        WebElement legend = browser.findElement(By.id("legend"));
        assertTrue(legend.isDisplayed());
        for (String label : List.of("Missing in French", "Missing in Arabic", "Number on one side",
                "Heading unmatched", "Repeated block", "Boilerplate")) {
            assertTrue(legend.getText().contains(label), label + " in " + legend.getText());
        }
        Map<String, String> counts = Map.of(OMISSION_KIND, "3", "t-anchor-mismatch", "1",
                "t-heading-unmatched", "5", "t-boilerplate", "2");
        counts.forEach((kind, count) -> assertEquals(count, legend.findElement(
                By.cssSelector("a.count[href='#only-" + kind + "']")).getText(), kind));
        assertTrue(browser.findElement(By.id("b1")).isDisplayed(), "unfiltered, the first row shows");

        ReportInBrowser.filterTo(browser, OMISSION_KIND);
        screenshot("2-omissions-only");
        WebElement row = ReportInBrowser.row(browser, OMISSION);
        assertTrue(row.isDisplayed());
        WebElement cell = row.findElement(By.cssSelector("td[lang='fr']"));
        String swatch = ReportInBrowser.swatch(browser, OMISSION_KIND);
        assertEquals(swatch, cell.getCssValue("background-color"));
        assertFalse(swatch.equals(ReportInBrowser.swatch(browser, "t-heading-unmatched")),
                "omissions and headings differ in colour");

        String rowId = row.getDomAttribute("id");
        WebElement finding = cell.findElement(By.cssSelector("a.tag." + OMISSION_KIND));
        assertEquals("Missing in Arabic", finding.getText());
        String flagId = finding.getDomAttribute("href").substring(1);
        finding.click();
        screenshot("3-flag");
        assertTrue(browser.getCurrentUrl().endsWith("#" + flagId), browser.getCurrentUrl());
        WebElement flag = browser.findElement(By.id(flagId));
        assertTrue(flag.isDisplayed());
        assertTrue(flag.getText().contains(OMISSION), flag.getText());

        flag.findElement(By.cssSelector("a[href='#" + rowId + "']")).click();
        screenshot("4-back-to-row");
        assertTrue(browser.getCurrentUrl().endsWith("#" + rowId), browser.getCurrentUrl());
        assertTrue(ReportInBrowser.row(browser, OMISSION).isDisplayed());
        assertTrue(browser.findElement(By.id("b1")).isDisplayed(), "a row link clears the filter");
        // row 15 is far down the page: the bead table's header is still at the top of the window
        Map<?, ?> header = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "const th = document.querySelector('table.beads thead th').getBoundingClientRect();"
                        + " return {top: th.top, scrolled: window.scrollY,"
                        + " table: document.querySelector('table.beads').getBoundingClientRect().top + window.scrollY};");
        double scrolled = ((Number) header.get("scrolled")).doubleValue();
        assertTrue(scrolled > ((Number) header.get("table")).doubleValue() + 500, header.toString());
        assertEquals(0, ((Number) header.get("top")).doubleValue(), 1, header.toString());
        assertEquals(List.of(), HeadlessChromium.blockedByThePolicy(browser));
    }
}
