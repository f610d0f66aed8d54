package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The XLSX sheet: texts as string cells (never formulas), the right-to-left side aligned right, long texts cut. */
class XlsxRendererTest {
    private static final ReportView FRENCH_ARABIC = ReportView.of(MadeResults.of(
            MadeResults.document("fr", List.of(List.of("=1+2 fait 3.", "@moi"))),
            MadeResults.document("ar", List.of(List.of("واحد زائد اثنين يساوي ثلاثة."))),
            List.of(new Bead(List.of(0), List.of(0), 0.25, 0.5), new Bead(List.of(1), List.of(), 0, 0.75))));

    @Test
    void aTextLikeAFormulaIsAStringCellAsWritten() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                Format.XLSX.renderer(Rendered.OPTIONS).bytes(FRENCH_ARABIC)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            for (int row = 1; row <= 2; row++) {
                Cell cell = rows.get(row).getCell(0);
                assertEquals(CellType.STRING, cell.getType());
                assertEquals(row == 1 ? "=1+2 fait 3." : "@moi", cell.asString());
            }
            assertEquals(CellType.NUMBER, rows.get(1).getCell(3).getType());
        }
    }

    @Test
    void theRightToLeftTargetIsAlignedRightTheSourceLeft() throws Exception {
        String cells = Rendered.of(Format.XLSX, FRENCH_ARABIC);
        assertTrue(cells.contains("column A width 60.0: left top wrap\ncolumn B width 60.0: right top wrap\n"), cells);
        assertTrue(cells.contains("source (fr)\ttarget (ar)\t"), cells);
        assertTrue(cells.contains("\n@moi\t\t1-0\t0.000\t0.750\t\n"), cells);
    }

    @Test
    void aTextLongerThanACellHoldsIsCut() {
        String cut = XlsxRenderer.fit("a".repeat(40_000));
        assertEquals(XlsxRenderer.MAX_CELL, cut.length());
        assertTrue(cut.endsWith("a…"), cut.substring(cut.length() - 3));
        String emoji = "a".repeat(XlsxRenderer.MAX_CELL - 2) + "😀😀"; // the cut falls inside the first 😀
        assertTrue(XlsxRenderer.fit(emoji).equals("a".repeat(XlsxRenderer.MAX_CELL - 2) + "…"), "cut before 😀");
        String fits = "b".repeat(XlsxRenderer.MAX_CELL);
        assertTrue(XlsxRenderer.fit(fits).equals(fits), "a text that fits is kept");
    }
}
