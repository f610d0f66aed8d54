package io.paralign.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * align-core's HTML report as a browser shows it, for the tests that open the export directly ({@code ReportPageIT})
 * and inside the review page's frame ({@link ReviewPageIT}): its bead rows, its legend's count filters and swatches.
 */
public final class ReportInBrowser {
    private ReportInBrowser() {
    }

    /** The one bead row whose text holds {@code text}. */
    public static WebElement row(WebDriver browser, String text) {
        List<WebElement> rows = browser.findElements(By.cssSelector("table.beads tbody tr")).stream()
                .filter(r -> r.getText().contains(text)).toList();
        assertEquals(1, rows.size(), "one bead row holds " + text);
        return rows.get(0);
    }

    /** Clicks the legend's count of the finding {@code kind} ({@code t-...}): the rows left shown all have it. */
    public static List<WebElement> filterTo(WebDriver browser, String kind) {
        browser.findElement(By.cssSelector("#legend a.count[href='#only-" + kind + "']")).click();
        List<WebElement> shown = browser.findElements(By.cssSelector("table.beads tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertFalse(shown.isEmpty(), "rows with " + kind + " shown");
        for (WebElement row : shown) {
            assertTrue(row.getDomAttribute("class").contains("has-" + kind), row.getText());
        }
        assertFalse(browser.findElement(By.id("b1")).isDisplayed(), "the first row, a heading, is filtered out");
        return shown;
    }

    /** The background colour of the legend's swatch for the finding {@code kind}. */
    public static String swatch(WebDriver browser, String kind) {
        return browser.findElement(By.cssSelector("#legend .swatch." + kind)).getCssValue("background-color");
    }
}
