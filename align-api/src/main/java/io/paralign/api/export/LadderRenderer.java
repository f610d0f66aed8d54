package io.paralign.api.export;

import io.paralign.eval.BeadIds;
import io.paralign.eval.LadderFormat;

/**
 * The pairs as hunalign's ladder ({@code i<TAB>j<TAB>score}, a rung where each pair starts, then the closing rung),
 * written by align-core's {@link LadderFormat} as the CLI's {@code --format ladder} is.
 */
final class LadderRenderer implements Renderer {
    @Override
    public String render(ExportView alignment) {
        return LadderFormat.write(alignment.pairs().stream().map(p -> new BeadIds(p.source(), p.target())).toList(),
                alignment.pairs().stream().map(ExportView.Pair::score).toList());
    }
}
