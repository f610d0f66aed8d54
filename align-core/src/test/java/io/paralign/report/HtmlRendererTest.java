package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML page escapes every text it shows (by the template engine) and carries no script of its own; it names the
 * sides by their languages, colours and labels each kind of finding from one list, counts them, and links every
 * finding to its flag and back.
 */
class HtmlRendererTest {
    private static final Pattern SOURCE_CELL = Pattern.compile("<td lang=\"fr\" dir=\"ltr\">(.*?)</td>");

    /** The source cell of a one-bead page whose French sentence is {@code text}. */
    private static String cell(String text) {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.of(
                MadeResults.document("fr", List.of(List.of(text))),
                MadeResults.document("en", List.of(List.of("Yes."))),
                List.of(new Bead(List.of(0), List.of(0), 0.5, 0.5)))));
        Matcher cell = SOURCE_CELL.matcher(html);
        assertTrue(cell.find(), html);
        return cell.group(1);
    }

    @Test
    void escapesOneLine() {
        assertEquals("a &lt;b&gt; &amp; c", cell("a <b> & c"));
        assertEquals("&lt;script&gt;alert('x')&lt;/script&gt;", cell("<script>alert('x')</script>"));
        assertEquals("« R&amp;D » \"dix\"", cell("« R&D » \"dix\""));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", cell("<img src=x onerror=alert(1)>"));
        assertEquals("ab.", cell("a\u0000\u001Bb."), "characters XML forbids dropped");
        assertEquals("هواوي &amp; «OCI».", cell("هواوي & «OCI»."));
    }

    @Test
    void theTwoBeadResultIsEscapedAndHasNoMarkupOfItsOwn() {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        assertTrue(html.contains("وأضاف أن \"R&amp;D\" سيزيد."), html);
        assertTrue(html.contains("10 vs \"dix\" &amp; &lt;more&gt;"), html);
        assertFalse(html.contains("<10>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void styleHashIsTheHashOfTheStyleElement() throws Exception {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
        assertEquals("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'", HtmlRenderer.styleHash());
    }

    private static final Pattern HREF = Pattern.compile("href=\"#([^\"]+)\"");

    @Test
    void namesTheLanguagesInEnglish() {
        assertEquals("Arabic", LanguageNames.english("ar"));
        assertEquals("French", LanguageNames.english("fr"));
        assertEquals("Chinese", LanguageNames.english("zh"));
        assertEquals("Icelandic", LanguageNames.english("is"));
    }

    @Test
    void evidenceNamesTheSidesByLanguage() {
        SideNames names = new SideNames("Arabic", "French");
        assertEquals("French paragraph 10 has no counterpart on the Arabic side",
                names.evidence("target paragraph 10 has no counterpart on the source side"));
        assertEquals("1, 2021 on the Arabic side has no counterpart in the aligned French text",
                names.evidence("1, 2021 on the source side has no counterpart in the aligned target text"));
        assertEquals("Arabic sentences 2, 3", names.evidence("source sentences 2, 3"));
        assertEquals("heading with no counterpart", names.evidence("heading with no counterpart"));
        assertEquals("a sourced sidebar, targets", names.evidence("a sourced sidebar, targets"));
        assertEquals("", names.evidence(""));
    }

    @Test
    void pageSaysArabicAndFrenchWithTheTitlesEscaped() {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS).titled("<a>&.txt", null));
        assertTrue(html.contains("<title>Alignment Arabic – French</title>"), html);
        assertTrue(html.contains("<th>#</th><th>Arabic</th><th>French</th>"), html);
        assertTrue(html.contains("<th>Arabic</th><td class=\"title\">&lt;a&gt;&amp;.txt</td>"), html);
        assertTrue(html.contains("<th>French</th><td class=\"title\"><span class=\"meta\">(no title given)</span>"), html);
        assertFalse(html.contains(">source<"), html);
        assertFalse(html.contains("conf."), "bead confidence is left to the JSON report");
    }

    @Test
    void legendCountsEachKindAndLinksItsFilter() {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        assertTrue(html.contains("<li><span class=\"swatch t-missing-in-target\"></span><a class=\"count\" "
                + "href=\"#only-t-missing-in-target\">1</a> <b>Missing in French</b>: Arabic text with no counterpart "
                + "in the French</li>"), html);
        assertTrue(html.contains("<span class=\"count\">0</span> <b>Missing in Arabic</b>"), html);
        assertTrue(html.contains("<i class=\"filter\" id=\"only-t-missing-in-target\"></i>"), html);
        assertTrue(HtmlRenderer.STYLE.contains("#only-t-missing-in-target:target~.beads tbody "
                + "tr:not(.has-t-missing-in-target)"), HtmlRenderer.STYLE);
        assertTrue(html.contains("<tr id=\"b2\" class=\"has-t-missing-in-target\">"), html);
        assertTrue(html.indexOf("Number on one side</b>") < html.indexOf("Boilerplate</b>"), "content above layout");
    }

    @Test
    void eachFindingLinksToItsFlagAndBack() {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        // the flag at index 1 of the JSON (MISSING_IN_TARGET, source sentence 2) is in row 2
        assertTrue(html.contains("<a class=\"tag t-missing-in-target\" href=\"#f2\">Missing in French</a> "
                + "<span class=\"why\">Arabic sentence 2 has no counterpart</span>"), html);
        assertTrue(html.contains("<tr id=\"f2\" class=\"t-missing-in-target\"><td>Missing in French</td><td>Arabic</td>"), html);
        assertTrue(html.contains("<td>0.95</td><td><a href=\"#b2\">row 2</a></td></tr>"), html);
        // rows 1 to 3 all have a finding: each links to the next, the last to none
        assertTrue(html.contains("<td class=\"meta\">1<br><a href=\"#b2\" title=\"next finding\">"), html);
        assertTrue(html.contains("<td class=\"meta\">3</td>"), html);
    }

    @Test
    void everyLinkOfTheSeedPairsPageHasItsTarget() throws Exception {
        String html = new HtmlRenderer().render(ReportView.of(SeedPairGolden.result()));
        Matcher link = HREF.matcher(html);
        int links = 0;
        while (link.find()) {
            assertTrue(html.contains("id=\"" + link.group(1) + "\""), link.group(1));
            links++;
        }
        assertTrue(links > 30, "links: " + links);
    }

    @Test
    void aFlagTypeThisVersionDoesNotKnowIsShownByItsCode() {
        String json = ReportView.of(MadeResults.TWO_BEADS).json().replace("ANCHOR_MISMATCH", "NEW_KIND");
        String html = new HtmlRenderer().render(ReportReader.read(json));
        assertTrue(html.contains("<a class=\"tag t-other\" href=\"#f3\">NEW_KIND</a>"), html);
        assertTrue(html.contains("<b>Other finding</b>"), html);
    }

    @Test
    void anAnchorOpensTheBeadRowOfAFlag() {
        ReportView view = ReportView.of(MadeResults.TWO_BEADS);
        assertEquals("b1", HtmlRenderer.anchor(view, 0));
        assertEquals("b2", HtmlRenderer.anchor(view, 1));
        assertEquals("b3", HtmlRenderer.anchor(view, 2), "target sentence 1 is in the third bead");
        ReportView.FlagView nowhere = new ReportView.FlagView("BOILERPLATE", io.paralign.model.Side.TARGET,
                List.of(9), "x", "y", 0.9);
        ReportView orphan = new ReportView(view.source(), view.target(), view.paragraphBeads(), view.beads(),
                List.of(nowhere), view.json());
        assertEquals("f1", HtmlRenderer.anchor(orphan, 0));
    }

    @Test
    void contentKindsAreOmissionsNumbersPartialAndUntranslatedText() {
        assertTrue(FindingKinds.isContent("MISSING_IN_TARGET"));
        assertTrue(FindingKinds.isContent("MISSING_IN_SOURCE"));
        assertTrue(FindingKinds.isContent("ANCHOR_MISMATCH"));
        assertTrue(FindingKinds.isContent("LENGTH_RATIO"));
        assertTrue(FindingKinds.isContent("UNTRANSLATED"));
        assertFalse(FindingKinds.isContent("HEADING_UNMATCHED"));
        assertFalse(FindingKinds.isContent("DUPLICATE_BLOCK"));
        assertFalse(FindingKinds.isContent("BOILERPLATE"));
        assertFalse(FindingKinds.isContent("UNMATCHED"), "not a flag type");
        assertFalse(FindingKinds.isContent("NEW_KIND"));
    }

    @Test
    void everyFlagTypeHasItsOwnLookAndColour() {
        java.util.Set<String> colours = new java.util.HashSet<>();
        for (io.paralign.diverge.FlagType type : io.paralign.diverge.FlagType.values()) {
            FlagLook look = FlagLook.of(type.name());
            assertEquals(type.name(), look.name());
            assertTrue(colours.add(look.colour), look.colour);
        }
        assertTrue(colours.add(FlagLook.UNMATCHED.colour));
    }
}
