package io.paralign.report;

import io.paralign.eval.BeadFormat;
import io.paralign.eval.BeadIds;

/** Sentence beads in the Vecalign / Bertalign bead format, {@code [0,1]:[2]}, which {@code eval} reads. */
final class GoldRenderer implements TextRenderer {
    @Override
    public String render(ReportView view) {
        String beads = BeadFormat.write(view.beads().stream().map(b -> new BeadIds(b.source(), b.target())).toList());
        return beads.endsWith("\n") || beads.isEmpty() ? beads : beads + "\n";
    }
}
