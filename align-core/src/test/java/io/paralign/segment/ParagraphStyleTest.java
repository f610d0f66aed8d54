package io.paralign.segment;

import static io.paralign.segment.Segments.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.ParagraphStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphStyleTest {
    private final IcuSegmenter segmenter = new IcuSegmenter();

    private static List<String> paragraphs(Document d) {
        return d.paragraphs().stream().map(Paragraph::span).map(s -> d.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void oneParagraphPerLine() {
        Document d = segmenter.segment("Premier paragraphe.\nDeuxième. Encore.\r\nTroisième.", "fr");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(List.of("Premier paragraphe.", "Deuxième. Encore.", "Troisième."), paragraphs(d));
        assertEquals(List.of("Premier paragraphe.", "Deuxième.", "Encore.", "Troisième."), texts(d));
    }

    @Test
    void hardWrappedBlocksWithCrLf() {
        String text = "Une phrase coupée\r\nsur deux lignes. Et une autre\r\nqui suit.\r\n\r\n  Second bloc\r\naussi coupé.  \r\n";
        Document d = segmenter.segment(text, "fr");
        assertEquals(ParagraphStyle.BLANK_LINE, d.style());
        assertEquals(List.of("Une phrase coupée\r\nsur deux lignes. Et une autre\r\nqui suit.",
                "Second bloc\r\naussi coupé."), paragraphs(d));
        assertEquals(List.of("Une phrase coupée\r\nsur deux lignes.", "Et une autre\r\nqui suit.",
                "Second bloc\r\naussi coupé."), texts(d));
    }

    @Test
    void blankLinesBetweenSingleLines() {
        Document d = segmenter.segment("Titre\n\nPremier paragraphe.\n \nSecond paragraphe.\n", "fr");
        assertEquals(ParagraphStyle.BLANK_LINE, d.style());
        assertEquals(List.of("Titre", "Premier paragraphe.", "Second paragraphe."), paragraphs(d));
    }

    @Test
    void hunalignParagraphMarksReadAsBlankLines() {
        Document d = segmenter.segment("Titre\n<p>\nPremier paragraphe.\n <p> \nSecond paragraphe.\n<p>\n", "fr");
        assertEquals(ParagraphStyle.BLANK_LINE, d.style());
        assertEquals(List.of("Titre", "Premier paragraphe.", "Second paragraphe."), paragraphs(d));
    }

    @Test
    void strayBlankLinesAroundTitleKeepOneParagraphPerLine() {
        Document d = segmenter.segment("\nTitre\n\nAgence\nPremier paragraphe.\nSecond paragraphe.\n", "fr");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(List.of("Titre", "Agence", "Premier paragraphe.", "Second paragraphe."), paragraphs(d));
    }

    @Test
    void leadingByteOrderMarkIsOutsideTheSpans() {
        Document d = segmenter.segment("\uFEFFTitre\nUne phrase.", "fr");
        assertEquals(1, d.paragraph(0).span().start());
        assertEquals("Titre", d.sentence(0).text());
    }
}
