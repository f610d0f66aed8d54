package io.paralign.cli.render;

import io.paralign.eval.BeadFormat;
import io.paralign.eval.BeadIds;
import io.paralign.pipeline.AlignmentResult;

/** Sentence beads in the Vecalign / Bertalign bead format, {@code [0,1]:[2]}, which {@code eval} reads. */
final class GoldRenderer implements Renderer {
    @Override
    public String render(AlignmentResult result) {
        String beads = BeadFormat.write(result.beads().stream().map(b -> new BeadIds(b.source(), b.target())).toList());
        return beads.endsWith("\n") || beads.isEmpty() ? beads : beads + "\n";
    }
}
