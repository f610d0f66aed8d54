package io.paralign.cli.render;

import io.paralign.align.Bead;
import io.paralign.eval.BeadIds;
import io.paralign.eval.LadderFormat;
import io.paralign.pipeline.AlignmentResult;

/**
 * Sentence beads as hunalign's ladder, {@code i<TAB>j<TAB>score} a rung where each bead starts, then the closing
 * rung (n, m) ({@link LadderFormat}), so that scripts written around hunalign's output read ours.
 */
final class LadderRenderer implements Renderer {
    @Override
    public String render(AlignmentResult result) {
        return LadderFormat.write(result.beads().stream().map(b -> new BeadIds(b.source(), b.target())).toList(),
                result.beads().stream().map(Bead::score).toList());
    }
}
