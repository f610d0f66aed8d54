package io.paralign.segment;

import static io.paralign.segment.Segments.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.model.ParagraphStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreSegmentedSegmenterTest {
    /** Start of an articles-ar-fr-dev {@code .psent} file: a title, then paragraphs of sentences. */
    private static final String PSENT = """
            Des membres de l’Assemblée du pays de Galles inquiets de « passer pour des marionnettes »

            Des élus gallois sont consternés par une proposition. M. Dupont aussi.
            Cette proposition découle du projet de modification du nom de l’assemblée.

            Un élu travailliste a indiqué que son groupe est préoccupé.
            """;

    private final PreSegmentedSegmenter segmenter = new PreSegmentedSegmenter();

    @Test
    void blankLinesMarkParagraphs() {
        Document d = segmenter.segment(PSENT, "fr");
        assertEquals(ParagraphStyle.BLANK_LINE, d.style());
        assertEquals(4, d.sentenceCount(), "one sentence per non-blank line, not re-split");
        assertEquals(List.of(1, 2, 1), d.paragraphs().stream().map(p -> p.sentenceCount()).toList());
        assertEquals("Des élus gallois sont consternés par une proposition. M. Dupont aussi.", d.sentence(1).text());
        assertTrue(d.paragraph(0).heading() && d.sentence(0).heading(), "the title");
        assertFalse(d.paragraph(2).heading());
    }

    @Test
    void withoutBlankLinesTheWholeTextIsOneParagraph() {
        String sent = PSENT.replace("\n\n", "\n").replace("\n", "\r\n");
        Document d = segmenter.segment(sent, "fr");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(1, d.paragraphs().size());
        assertEquals(4, d.paragraph(0).sentenceCount());
        assertFalse(d.sentence(0).heading(), "a heading needs a paragraph of its own");
        assertEquals(texts(segmenter.segment(PSENT, "fr")), texts(d));
    }

    @Test
    void sentenceCountEqualsNonBlankLineCount() {
        String text = "\n  un  \n\n\ndeux\r\ntrois\n \n\t\nquatre cinq. six\n";
        Document d = segmenter.segment(text, "fr");
        assertEquals(List.of("un", "deux", "trois", "quatre cinq. six"), texts(d));
        assertEquals(3, d.paragraphs().size());
    }
}
