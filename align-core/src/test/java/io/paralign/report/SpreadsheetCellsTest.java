package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {
    @Test
    void formulaStartsGetAQuote() {
        assertEquals("'=HYPERLINK(\"http://x\")", SpreadsheetCells.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", SpreadsheetCells.neutralise("+1"));
        assertEquals("'-2+3", SpreadsheetCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.neutralise("@SUM(A1)"));
        assertEquals("'\tx", SpreadsheetCells.neutralise("\tx"));
        assertEquals("'\rx", SpreadsheetCells.neutralise("\rx"));
    }

    @Test
    void otherTextUnchanged() {
        assertEquals("a=b", SpreadsheetCells.neutralise("a=b"));
        assertEquals(" =1", SpreadsheetCells.neutralise(" =1"));
        assertEquals("0.5", SpreadsheetCells.neutralise("0.5"));
        assertEquals("", SpreadsheetCells.neutralise(""));
    }
}
