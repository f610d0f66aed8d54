package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

    @Test
    void aLargeBatchsPageListsThePairsThatNeedAttentionMostAndSaysSo() {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pairs.add(pair("p" + i, i == 4 ? 0.3 : i == 9 ? 0.2 : 1.0, 0, 0));
        }
        pairs.add(new FailedPair("bad.ar.txt", "bad.fr.txt", "bad", "ar", "fr", 1.0, "reason", "name"));
        SummaryView view = SummaryView.of("", pairs, List.of(), "report.html", 3);
        assertEquals(List.of("bad.", "p9.", "p4."), view.pairs().stream().map(p -> p.source().get(0).text()).toList());
        assertEquals("the 3 pairs of 13 that need attention most", view.more());
        assertEquals("13 pairs (1 failed), 0 documents", view.counts(), "the counts are of every pair");
        assertEquals(null, SummaryView.of("", pairs, List.of(), "report.html", 13).more(), "all listed");
        assertEquals(13, SummaryView.of("", pairs, List.of(), "report.html", 13).pairs().size());
    }

    @Test
    void pairsThatTieKeepTheBatchsOrderWhenSomeAreLeftOut() {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the same source name: only the batch's order tells them apart
            pairs.add(new FailedPair("same.ar.txt", "t" + i + ".fr.txt", "f" + i, "ar", "fr", 1.0, "reason", "name"));
        }
        SummaryView view = SummaryView.of("", pairs, List.of(), "report.html", 4);
        assertEquals(List.of("t0.", "t1.", "t2.", "t3."), view.pairs().stream().map(p -> p.target().get(0).text())
                .toList());
    }

    @Test
    void thePageSaysWhenItListsOnlySomePairs() throws Exception {
        List<PairOutcome> pairs = new ArrayList<>();
        for (int i = 0; i < SummaryView.MAX_PAIRS + 1; i++) {
            pairs.add(pair("p" + i, 1.0, 0, 0));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        SummaryPage.render(pairs, List.of(), "report.html", out);
        String html = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"note\">This page lists the 1,000 pairs of 1,001 that need attention most;"
                + " summary.csv and summary.json list every pair.</p>"), html.substring(0, 2000));
        assertEquals(SummaryView.MAX_PAIRS, html.split("<tr><td class=\"file\"><a href=", -1).length - 1);
        assertTrue(SummaryPage.render(pairs.subList(0, 5), List.of(), "report.html").indexOf("This page lists") < 0);
    }
}
