package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * summary.html's pieces: file names that may break after separators, a failed pair escaped, no document alone; pairs
 * in the order of what needs attention, worst flags linked to their rows, likely counterparts of a document alone.
 */
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
                + "<td class=\"file\">y&amp;z.<wbr>txt</td><td>Arabic → French</td><td colspan=\"5\" class=\"reason\">"
                + "failed: InvalidTextException: no letters in \"&lt;b&gt;\"</td></tr>"), html);
        assertTrue(html.contains("<p>1 pair (1 failed), 0 documents with no counterpart.</p>"), html);
        assertTrue(html.contains("<p>None.</p>\n</body>"), html);
    }

    private static PairRow pair(String name, double coverage, int omissions, int headings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("MISSING_IN_TARGET", omissions);
        counts.put("HEADING_UNMATCHED", headings);
        return new PairRow(name + ".ar.txt", name + ".fr.txt", name, 0.9,
                new PairRow.SideRow("ar", 1, 10, 1.0, 1.0), new PairRow.SideRow("fr", 1, 10, coverage, coverage),
                counts, List.of(new PairRow.Flag("MISSING_IN_TARGET", "source", "نص", "b" + (omissions + 1))), "content");
    }

    @Test
    void pairsComeInTheOrderOfWhatNeedsAttention() {
        List<PairOutcome> pairs = List.of(pair("full-quiet", 1.0, 0, 0), pair("full-headings", 1.0, 0, 3),
                pair("full-omission", 1.0, 1, 0), pair("low", 0.5, 0, 0), pair("lower", 0.4, 0, 0),
                new FailedPair("bad.ar.txt", "bad.fr.txt", "bad", "ar", "fr", 1.0, "reason", "name"));
        String html = SummaryPage.render(pairs, List.of(), "report.html");
        List<String> order = List.of("bad.", "lower.", "low.", "full-<wbr>omission.", "full-<wbr>headings.",
                "full-<wbr>quiet.");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(html.indexOf(order.get(i - 1)) < html.indexOf(order.get(i)), order.get(i) + "\n" + html);
        }
    }

    @Test
    void eachWorstFlagOpensItsRowInThePairsReport() {
        String html = SummaryPage.render(List.of(pair("a", 1.0, 4, 0)), List.of(), "report.html");
        assertTrue(html.contains("<div class=\"type\"><a href=\"a/report.html#b5\">Missing in French</a></div>"),
                html);
        String json = SummaryPage.render(List.of(pair("a", 1.0, 4, 0)), List.of(), "report.json");
        assertTrue(json.contains("<div class=\"type\">Missing in French</div>"), "no HTML report, no row link");
    }

    @Test
    void flagCountsAreLabelledAsInThePairsReport() {
        String html = SummaryPage.render(List.of(pair("a", 1.0, 4, 2)), List.of(), "report.html");
        assertTrue(html.contains("<div class=\"type\">Missing in French 4</div><div class=\"type\">Heading unmatched 2"
                + "</div>"), html);
    }

    @Test
    void aDocumentAloneListsItsLikelyCounterparts() {
        UnpairedRow mates = new UnpairedRow("001_ar.txt", "ar", 1, 3, List.of(), "001_fr.txt",
                "001_ar.txt: left unpaired although its name-mate 001_fr.txt exists (it was paired with 002_ar.txt by"
                        + " content)", List.of("001_fr.txt", "0011_fr.txt"));
        UnpairedRow none = new UnpairedRow("zz_ar.txt", "ar", 1, 3, List.of());
        String html = SummaryPage.render(List.of(), List.of(mates, none), "report.html");
        assertTrue(html.contains("<td class=\"file\"><div>001_<wbr>fr.<wbr>txt</div><div>0011_<wbr>fr.<wbr>txt</div>"
                + "<div class=\"reason\">001_ar.txt: left unpaired although its name-mate 001_fr.txt exists"), html);
        assertTrue(html.contains("<td>none</td><td class=\"file\">none with a similar name</td></tr>"), html);
        assertTrue(html.contains("<td>Arabic</td>"), html);
    }
}
