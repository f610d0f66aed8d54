package io.paralign.report;

import io.paralign.eval.BeadIds;
import io.paralign.eval.LadderFormat;

/**
 * Sentence beads as hunalign's ladder, {@code i<TAB>j<TAB>score} a rung where each bead starts, then the closing
 * rung (n, m) ({@link LadderFormat}), so that scripts written around hunalign's output read ours.
 */
final class LadderRenderer implements TextRenderer {
    @Override
    public String render(ReportView view) {
        return LadderFormat.write(view.beads().stream().map(b -> new BeadIds(b.source(), b.target())).toList(),
                view.beads().stream().map(ReportView.BeadView::score).toList());
    }
}
