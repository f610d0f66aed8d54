package io.paralign.segment;

import static io.paralign.segment.Segments.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.model.InvalidTextException;
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

    /** The sentences of each paragraph, one paragraph a list. */
    private List<List<String>> paragraphs(String text) {
        Document d = segmenter.segment(text, "fr");
        return d.paragraphs().stream().map(p -> d.sentencesOf(p).stream().map(s -> s.text()).toList()).toList();
    }

    @Test
    void hunalignParagraphMarkSplitsParagraphs() {
        assertEquals(List.of(List.of("un"), List.of("deux", "trois")), paragraphs("un\n<p>\ndeux\ntrois\n"));
    }

    @Test
    void leadingTrailingAndDoubleMarksAreNoSentences() {
        assertEquals(List.of(List.of("un", "deux")), paragraphs("<p>\nun\ndeux\n<p>\n"));
        assertEquals(List.of(List.of("un"), List.of("deux")), paragraphs("un\n<p>\n<p>\ndeux"));
        assertEquals(List.of(List.of("un"), List.of("deux")), paragraphs("un\n<p>\n\n<p>\r\ndeux"));
    }

    @Test
    void markWithSpacesAroundIsABreak() {
        assertEquals(List.of(List.of("un"), List.of("deux")), paragraphs("un\n  <p>\t\ndeux"));
        assertEquals(List.of(List.of("un"), List.of("deux")), paragraphs("un\n\u00A0<p> \ndeux"));
    }

    @Test
    void sentenceThatContainsTheMarkIsASentence() {
        assertEquals(List.of(List.of("un", "<p> deux", "trois <p>", "<p><p>", "<P>", "< p >")),
                paragraphs("un\n<p> deux\ntrois <p>\n<p><p>\n<P>\n< p >"));
    }

    @Test
    void marksAndBlankLinesGiveTheSameSentencesAndIds() {
        Document blank = segmenter.segment(PSENT, "fr");
        Document marked = segmenter.segment(PSENT.replace("\n\n", "\n<p>\n"), "fr");
        assertEquals(texts(blank), texts(marked));
        assertEquals(ParagraphStyle.BLANK_LINE, marked.style());
        assertEquals(List.of(1, 2, 1), marked.paragraphs().stream().map(p -> p.sentenceCount()).toList());
        assertEquals("Un élu travailliste a indiqué que son groupe est préoccupé.", marked.sentence(3).text());
        assertTrue(marked.paragraph(0).heading(), "the title is still a heading");
    }

    @Test
    void onlyMarksIsInvalidText() {
        InvalidTextException e = assertThrows(InvalidTextException.class, () -> segmenter.segment("<p>\n <p> \n", "fr"));
        assertTrue(e.getMessage().contains("only paragraph marks"), e.getMessage());
    }
}
