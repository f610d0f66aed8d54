package io.paralign.report;

/**
 * Cells of outputs meant for spreadsheets (TSV, the CLI's summary.csv) that a spreadsheet would run as a formula: a
 * text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single
 * quote, as OWASP's "CSV Injection" page advises. The quote shows in the cell; other readers see it as part of the
 * text.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** {@code text}, with a leading {@code '} when a spreadsheet would take it for a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
