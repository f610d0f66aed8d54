package io.paralign.api.export;

import io.paralign.eval.BeadFormat;
import io.paralign.eval.BeadIds;

/** The beads in Vecalign's format ({@code [0,1]:[2]}), one a line, as align-core's evaluator reads them. */
final class GoldRenderer implements Renderer {
    @Override
    public String render(ExportView alignment) {
        return BeadFormat.write(alignment.pairs().stream().map(p -> new BeadIds(p.source(), p.target())).toList());
    }
}
