package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.model.ParagraphStyle;
import io.paralign.segment.PreSegmentedSegmenter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Paragraph beads read off sentence beads, on texts of one-letter sentences ({@code |} between paragraphs). */
class ParagraphLinksTest {

    /** A pre-segmented document: sentences separated by spaces, paragraphs by {@code |}. */
    private static Document document(String layout) {
        String text = String.join("\n\n", List.of(layout.split("\\|")).stream()
                .map(p -> String.join("\n", p.trim().split(" "))).toList());
        return new PreSegmentedSegmenter().segment(text, "fr");
    }

    private static Bead bead(List<Integer> source, List<Integer> target) {
        return new Bead(source, target, 0, 0);
    }

    /** The paragraph beads as {@code source:target}, paragraph ids joined by commas. */
    private static String links(String source, String target, List<Bead> sentenceBeads) {
        return ParagraphLinks.of(document(source), document(target), sentenceBeads).stream()
                .map(b -> ids(b.source()) + ":" + ids(b.target())).collect(Collectors.joining(" "));
    }

    private static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Test
    void empty() {
        Document empty = new Document("fr", "", ParagraphStyle.LINE, List.of(), List.of());
        assertEquals(List.of(), ParagraphLinks.of(empty, empty, List.of()));
    }

    @Test
    void paragraphsAlignedOneToOne() {
        assertEquals("0:0 1:1", links("a b | c", "a | b c", List.of(bead(List.of(0, 1), List.of(0)),
                bead(List.of(2), List.of(1, 2)))));
    }

    @Test
    void aSentencePairAcrossParagraphsJoinsThem() {
        // source sentences 0 (paragraph 0) and 1 (paragraph 1) make one bead with target sentence 0
        assertEquals("0,1:0", links("a | b", "a", List.of(bead(List.of(0, 1), List.of(0)))));
    }

    @Test
    void linksSharingAParagraphMakeOneBead() {
        // source paragraph 0 holds two sentences aligned with target paragraphs 0 and 1
        assertEquals("0:0,1", links("a b", "a | b", List.of(bead(List.of(0), List.of(0)),
                bead(List.of(1), List.of(1)))));
    }

    @Test
    void aParagraphWithNoAlignedSentenceIsABeadOfItsOwn() {
        assertEquals("0:0 1: 2:1 :2", links("a | b | c", "a | c | d", List.of(bead(List.of(0), List.of(0)),
                bead(List.of(1), List.of()), bead(List.of(2), List.of(1)), bead(List.of(), List.of(2)))));
    }

    @Test
    void unalignedParagraphsBeforeALinkComeFirstSourceThenTarget() {
        assertEquals("0: :0 1:1", links("x | a", "y | a", List.of(bead(List.of(0), List.of()),
                bead(List.of(), List.of(0)), bead(List.of(1), List.of(1)))));
    }

    @Test
    void nothingAlignedLeavesEveryParagraphAlone() {
        assertEquals("0: 1: :0", links("a | b", "c", List.of(bead(List.of(0), List.of()), bead(List.of(1), List.of()),
                bead(List.of(), List.of(0)))));
    }
}
