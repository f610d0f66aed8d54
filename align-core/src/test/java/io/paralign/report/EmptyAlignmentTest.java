package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An alignment of no sentence (two empty documents) renders in every format, and reads back. */
class EmptyAlignmentTest {
    private static final ReportView EMPTY = ReportView.of(MadeResults.of(MadeResults.document("fr", List.of()),
            MadeResults.document("ar", List.of()), List.of()));

    @Test
    void goldIsEmptyAndTheLadderOnlyItsClosingRung() throws Exception {
        assertEquals("", Rendered.of(Format.GOLD, EMPTY));
        assertEquals("0\t0\t0.000\n", Rendered.of(Format.LADDER, EMPTY));
    }

    @Test
    void tsvIsItsHeader() throws Exception {
        assertEquals("type\tscore\tconfidence\tsource\ttarget\n", Rendered.of(Format.TSV, EMPTY));
    }

    @Test
    void tmxHasNoUnitAndIsValid() throws Exception {
        String tmx = Rendered.of(Format.TMX, EMPTY);
        assertEquals(0, Tmx14Dtd.valid(tmx).getElementsByTagName("tu").getLength());
        assertEquals(List.of(), TmxReader.read(tmx));
    }

    @Test
    void paragraphTmxHasNoUnitAndIsValid() throws Exception {
        String tmx = Rendered.of(Format.TMX, Rendered.OPTIONS.withSegments(SegmentType.PARAGRAPH), EMPTY);
        assertEquals(0, Tmx14Dtd.valid(tmx).getElementsByTagName("tu").getLength());
    }

    @Test
    void xlsxIsItsHeaderRow() throws Exception {
        assertEquals("""
                sheet alignment, frozen rows 1
                column A width 60.0: no cells
                column B width 60.0: no cells
                column C width 6.0: no cells
                column D width 11.0: no cells
                column E width 11.0: no cells
                column F width 60.0: no cells
                source (fr)\ttarget (ar)\ttype\tscore\tconfidence\tflags
                """, Rendered.of(Format.XLSX, EMPTY));
    }

    @Test
    void htmlHasEmptyTables() throws Exception {
        String html = Rendered.of(Format.HTML, EMPTY);
        assertEquals(2, html.split("<tbody>\n</tbody>", -1).length - 1, html);
        assertTrue(html.contains("<h2>Findings: 0 flags</h2>"), html);
        assertFalse(html.contains("First finding"), html);
    }

    @Test
    void readsBack() {
        assertEquals(EMPTY, ReportReader.read(EMPTY.json()));
    }
}
