package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** summary.html's pieces: file names that may break after separators, a failed pair escaped, no document alone. */
class SummaryPageTest {
    @Test
    void fileNamesBreakAfterSeparators() {
        assertEquals(List.of(new SummaryView.FilePart("000_", true), new SummaryView.FilePart("a.", true),
                new SummaryView.FilePart("txt", false)), SummaryView.file("000_a.txt"));
        assertEquals(List.of(new SummaryView.FilePart("a-", true)), SummaryView.file("a-"));
        assertEquals(List.of(), SummaryView.file(""));
    }

    @Test
    void aFailedPairShowsItsReasonEscaped() {
        String html = SummaryPage.render(List.of(new FailedPair("x<1>.txt", "y&z.txt", "x--y", "ar", "fr", 1.0,
                "InvalidTextException: no letters in \"<b>\"", "name")), List.of(), "report.html");
        assertTrue(html.contains("<tr class=\"failed\"><td class=\"file\">x&lt;1&gt;.<wbr>txt</td>"
                + "<td class=\"file\">y&amp;z.<wbr>txt</td><td>ar → fr</td><td colspan=\"5\" class=\"reason\">"
                + "failed: InvalidTextException: no letters in \"&lt;b&gt;\"</td></tr>"), html);
        assertTrue(html.contains("<p>1 pair (1 failed), 0 documents with no counterpart.</p>"), html);
        assertTrue(html.contains("<p>None.</p>\n</body>"), html);
    }
}
