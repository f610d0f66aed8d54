package io.paralign.report;

import io.paralign.model.Side;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One bead a line after a header: {@code type score confidence source target}, tab-separated, written by Jackson's
 * CSV module; type is the bead shape ({@code 1-1}, {@code 2-1}, {@code 1-0}...), an unmatched sentence has an empty
 * other side. Tabs and line breaks inside text become spaces, so no cell needs quotes and none is quoted (a
 * {@code "} is text); a text a spreadsheet would take for a formula gets a leading quote ({@link SpreadsheetCells}).
 */
final class TsvRenderer implements TextRenderer {
    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumns(List.of("type", "score", "confidence", "source", "target"), CsvSchema.ColumnType.STRING)
            .setColumnSeparator('\t').setLineSeparator("\n").disableQuoteChar().setUseHeader(true).build();

    @Override
    public String render(ReportView view) {
        List<List<String>> rows = new ArrayList<>(view.beads().size());
        for (ReportView.BeadView bead : view.beads()) {
            rows.add(List.of(bead.shape(), Decimals.fixed(bead.score(), 3),
                    Decimals.fixed(bead.confidence(), 3), cell(view.text(bead, Side.SOURCE)),
                    cell(view.text(bead, Side.TARGET))));
        }
        return CSV.writer(SCHEMA).writeValueAsString(rows);
    }

    private static String cell(String text) {
        return SpreadsheetCells.neutralise(text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " "));
    }
}
