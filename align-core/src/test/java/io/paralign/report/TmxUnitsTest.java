package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import io.paralign.pipeline.AlignmentResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * TMX's units: a paragraph unit per aligned paragraph bead ({@code segtype="paragraph"}), and units scoring below
 * the minimum left out, their ids kept. A result made by hand: English paragraph 0 (sentences 0-2) against French
 * paragraph 0 (0-1), English sentence 1 unmatched; English paragraph 1 (sentence 3) against French paragraphs 1
 * and 2 (one bead).
 */
class TmxUnitsTest {
    private static final AlignmentResult MADE = MadeResults.of(
            MadeResults.document("en", List.of(List.of("One.", "Two.", "Three."), List.of("Four."))),
            MadeResults.document("fr", List.of(List.of("Un.", "Trois."), List.of("Quatre,"), List.of("quatre bis."))),
            List.of(new Bead(List.of(0), List.of(0), 0.8, 0.9), new Bead(List.of(1), List.of(), 0, 0.5),
                    new Bead(List.of(2), List.of(1), 0.4, 0.7), new Bead(List.of(3), List.of(2, 3), 0.9, 1.0)));
    private static final RenderOptions PARAGRAPHS = Rendered.OPTIONS.withSegments(SegmentType.PARAGRAPH);

    @Test
    void aParagraphUnitHoldsEveryOneOfItsSentencesWithTheMeanScoreOfItsBeads() throws Exception {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="paralign" creationtoolversion="v" segtype="paragraph" o-tmf="paralign" \
                adminlang="en" srclang="en" datatype="plaintext" creationdate="20260102T030405Z"/>
                  <body>
                    <tu tuid="1">
                      <prop type="x-bead">1-1</prop>
                      <prop type="x-score">0.600</prop>
                      <prop type="x-confidence">0.800</prop>
                      <tuv xml:lang="en"><seg>One. Two. Three.</seg></tuv>
                      <tuv xml:lang="fr"><seg>Un. Trois.</seg></tuv>
                    </tu>
                    <tu tuid="2">
                      <prop type="x-bead">1-2</prop>
                      <prop type="x-score">0.900</prop>
                      <prop type="x-confidence">1.000</prop>
                      <tuv xml:lang="en"><seg>Four.</seg></tuv>
                      <tuv xml:lang="fr"><seg>Quatre, quatre bis.</seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """, tmx(PARAGRAPHS));
        Tmx14Dtd.valid(tmx(PARAGRAPHS));
    }

    @Test
    void sentenceUnitsBelowTheMinimumAreLeftOutAndTheOthersKeepTheirIds() throws Exception {
        assertEquals(List.of("1", "2", "3"), tuids(tmx(Rendered.OPTIONS)));
        assertEquals(List.of("1", "3"), tuids(tmx(Rendered.OPTIONS.withMinScore(0.5))));
        assertEquals(List.of("3"), tuids(tmx(Rendered.OPTIONS.withMinScore(0.9))));
        assertEquals(List.of(), tuids(tmx(Rendered.OPTIONS.withMinScore(1))));
        Tmx14Dtd.valid(tmx(Rendered.OPTIONS.withMinScore(1)));
    }

    /** The score compared is the one written, to three decimals: a unit shown at 0.600 is kept at 0.6. */
    @Test
    void paragraphUnitsAreFilteredOnTheirScoreAsWritten() throws Exception {
        assertEquals(List.of("1", "2"), tuids(tmx(PARAGRAPHS.withMinScore(0.6))));
        assertEquals(List.of("2"), tuids(tmx(PARAGRAPHS.withMinScore(0.601))));
    }

    @Test
    void aMinimumOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rendered.OPTIONS.withMinScore(1.5));
        assertEquals("the minimum score must be between 0 and 1 (a bead's score), was 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rendered.OPTIONS.withMinScore(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Rendered.OPTIONS.withMinScore(Double.NaN));
    }

    @Test
    void segmentTypesAreNamedAsTmxSpellsThem() {
        assertEquals(SegmentType.PARAGRAPH, SegmentType.named("Paragraph").orElseThrow());
        assertEquals("sentence", SegmentType.SENTENCE.code());
        assertTrue(SegmentType.named("block").isEmpty());
    }

    /**
     * The seed pair's paragraph units: valid TMX 1.4b, one per aligned paragraph bead, which together hold every
     * sentence unit's text.
     */
    @Test
    void seedPairParagraphUnits() throws Exception {
        ReportView view = ReportView.of(SeedPairGolden.result());
        String paragraphs = new TmxWriter(PARAGRAPHS).render(view);
        Document document = Tmx14Dtd.valid(paragraphs);
        long aligned = view.paragraphBeads().stream().filter(ReportView.ParagraphBeadView::isMatch).count();
        assertEquals(aligned, document.getElementsByTagName("tu").getLength());
        assertTrue(aligned > 5, paragraphs);
        String arabic = TmxReader.read(paragraphs).stream().map(u -> u.segments().get("ar"))
                .reduce("", (a, b) -> a + " " + b);
        for (TranslationUnit unit : TmxReader.read(new TmxWriter(Rendered.OPTIONS).render(view))) {
            assertTrue(arabic.contains(unit.segments().get("ar")), unit::toString);
        }
    }

    /** The seed pair with a minimum: fewer units, every one scoring at least the minimum. */
    @Test
    void seedPairUnitsAtOrAboveTheMinimum() throws Exception {
        ReportView view = ReportView.of(SeedPairGolden.result());
        String all = new TmxWriter(Rendered.OPTIONS).render(view);
        String strong = new TmxWriter(Rendered.OPTIONS.withMinScore(0.5)).render(view);
        Document document = Tmx14Dtd.valid(strong);
        NodeList props = document.getElementsByTagName("prop");
        int scores = 0;
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            if (prop.getAttribute("type").equals("x-score")) {
                assertTrue(Double.parseDouble(prop.getTextContent()) >= 0.5, prop.getTextContent());
                scores++;
            }
        }
        assertTrue(scores > 0 && scores < tuids(all).size(), scores + " of " + tuids(all).size());
    }

    private static String tmx(RenderOptions options) {
        return new TmxWriter(options).render(ReportView.of(MADE));
    }

    private static List<String> tuids(String tmx) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<tu tuid=\"(\\d+)\">").matcher(tmx);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
