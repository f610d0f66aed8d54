package io.paralign.cli.render;

import java.util.Locale;

import io.paralign.align.Bead;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;

/**
 * One bead a line after a header: {@code type score confidence source target}, tab-separated; type is the bead
 * shape ({@code 1-1}, {@code 2-1}, {@code 1-0}...), an unmatched sentence has an empty other side. Tabs and line
 * breaks inside text become spaces; a text a spreadsheet would take for a formula gets a leading quote
 * ({@link SpreadsheetCells}).
 */
final class TsvRenderer implements Renderer {
    static final String HEADER = "type\tscore\tconfidence\tsource\ttarget";

    @Override
    public String render(AlignmentResult result) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Bead bead : result.beads()) {
            out.append(bead.shape()).append('\t')
                    .append(String.format(Locale.ROOT, "%.3f\t%.3f", bead.score(), bead.confidence())).append('\t')
                    .append(cell(BeadTexts.text(result, bead, Side.SOURCE))).append('\t')
                    .append(cell(BeadTexts.text(result, bead, Side.TARGET))).append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        return SpreadsheetCells.neutralise(BeadTexts.oneLine(text));
    }
}
