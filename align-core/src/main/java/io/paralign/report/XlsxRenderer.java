package io.paralign.report;

import io.paralign.model.Side;
import io.paralign.profile.LanguageProfiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Office Open XML workbook (XLSX), as LF Aligner's users open an alignment in a spreadsheet: one sheet, {@value
 * #SHEET}, a header row kept in view (frozen), then one row per sentence bead: source text, target text, bead
 * type ({@code 2-1}, {@code 1-0}...), score and confidence (numbers, three decimals), and the flags on the bead's
 * sentences, one a line. Text cells wrap; the text of a right-to-left language ({@link
 * LanguageProfiles#isRightToLeft}) is aligned right. Each cell keeps the reading order spreadsheets give a text by its
 * first letter, so Arabic reads right to left; fastexcel writes no cell reading order of its own.
 *
 * <p>Written by fastexcel (org.dhatim), a streaming writer of about 140 kB with one dependency (opczip), where Apache
 * POI's poi-ooxml brings POI, XMLBeans and the OOXML schemas, many megabytes, for features this sheet does not use.
 * Texts are written as string cells, which a spreadsheet shows as they are and never computes, so a text starting
 * with {@code =} stays text and needs no leading quote (TSV needs one: {@link SpreadsheetCells}). A text longer than
 * a cell holds (32,767 characters) is cut, ending in {@code …}. The workbook's creation time is the time of writing
 * (fastexcel sets it), so two writings of one alignment differ in that only.
 */
final class XlsxRenderer implements Renderer {
    static final String SHEET = "alignment";
    /** The most characters a cell holds (Excel's limit). */
    static final int MAX_CELL = 32_767;
    private static final double TEXT_WIDTH = 60;
    private static final double NUMBER_WIDTH = 11;

    @Override
    public byte[] bytes(ReportView view) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "paralign", null);
            Worksheet sheet = workbook.newWorksheet(SHEET);
            header(sheet, view);
            int row = 0;
            for (ReportView.BeadView bead : view.beads()) {
                row(sheet, ++row, view, bead);
            }
            columns(sheet, view, row);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, ReportView view) {
        List<String> names = List.of("source (" + view.source().language() + ")",
                "target (" + view.target().language() + ")", "type", "score", "confidence", "flags");
        for (int column = 0; column < names.size(); column++) {
            sheet.value(0, column, names.get(column));
        }
        sheet.range(0, 0, 0, names.size() - 1).style().bold().fillColor("F3F3F3").set();
        sheet.freezePane(0, 1);
    }

    private static void row(Worksheet sheet, int row, ReportView view, ReportView.BeadView bead) {
        text(sheet, row, 0, view.text(bead, Side.SOURCE));
        text(sheet, row, 1, view.text(bead, Side.TARGET));
        sheet.value(row, 2, bead.shape());
        sheet.value(row, 3, decimals(bead.score()));
        sheet.value(row, 4, decimals(bead.confidence()));
        text(sheet, row, 5, flags(view, bead));
    }

    private static void columns(Worksheet sheet, ReportView view, int lastRow) {
        double[] widths = {TEXT_WIDTH, TEXT_WIDTH, 6, NUMBER_WIDTH, NUMBER_WIDTH, TEXT_WIDTH};
        for (int column = 0; column < widths.length; column++) {
            sheet.width(column, widths[column]);
        }
        if (lastRow == 0) {
            return;
        }
        for (Side side : Side.values()) {
            int column = side == Side.SOURCE ? 0 : 1;
            boolean rightToLeft = LanguageProfiles.isRightToLeft(view.side(side).language());
            sheet.range(1, column, lastRow, column).style().wrapText(true).verticalAlignment("top")
                    .horizontalAlignment(rightToLeft ? "right" : "left").set();
        }
        sheet.range(1, 2, lastRow, 2).style().verticalAlignment("top").set();
        sheet.range(1, 3, lastRow, 4).style().verticalAlignment("top").format("0.000").set();
        sheet.range(1, 5, lastRow, 5).style().wrapText(true).verticalAlignment("top").set();
    }

    private static String flags(ReportView view, ReportView.BeadView bead) {
        return Arrays.stream(Side.values()).flatMap(side -> view.flags(bead, side).stream())
                .map(ReportView.FlagView::line).collect(Collectors.joining("\n"));
    }

    /** A string cell, none for an empty text. */
    private static void text(Worksheet sheet, int row, int column, String text) {
        if (!text.isEmpty()) {
            sheet.value(row, column, fit(text));
        }
    }

    /** The text, cut to what a cell holds, ending in {@code …}, never between the halves of a surrogate pair. */
    static String fit(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int end = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static BigDecimal decimals(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
