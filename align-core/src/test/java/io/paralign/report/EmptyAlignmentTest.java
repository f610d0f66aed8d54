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
    void goldIsEmptyAndTheLadderOnlyItsClosingRung() {
        assertEquals("", Format.GOLD.renderer("v").render(EMPTY));
        assertEquals("0\t0\t0.000\n", Format.LADDER.renderer("v").render(EMPTY));
    }

    @Test
    void tsvIsItsHeader() {
        assertEquals("type\tscore\tconfidence\tsource\ttarget\n", Format.TSV.renderer("v").render(EMPTY));
    }

    @Test
    void tmxHasNoUnitAndIsValid() throws Exception {
        String tmx = Format.TMX.renderer("v").render(EMPTY);
        assertEquals(0, Tmx14Dtd.valid(tmx).getElementsByTagName("tu").getLength());
        assertEquals(List.of(), TmxReader.read(tmx));
    }

    @Test
    void htmlHasEmptyTables() {
        String html = Format.HTML.renderer("v").render(EMPTY);
        assertEquals(2, html.split("<tbody>\n</tbody>", -1).length - 1, html);
        assertTrue(html.contains("<h2>Findings: 0 flags</h2>"), html);
        assertFalse(html.contains("First finding"), html);
    }

    @Test
    void readsBack() {
        assertEquals(EMPTY, ReportReader.read(EMPTY.json()));
    }
}
