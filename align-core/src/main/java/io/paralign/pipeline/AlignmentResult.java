package io.paralign.pipeline;

import io.paralign.align.Bead;
import io.paralign.align.Coverage;
import io.paralign.diverge.Flag;
import io.paralign.model.Document;
import io.paralign.score.LengthModel;
import java.util.List;

/**
 * Everything one alignment found.
 *
 * @param source          the source document as segmented
 * @param target          the target document as segmented
 * @param paragraphBeads  paragraph beads (paragraph ids)
 * @param beads           sentence beads (sentence ids), covering every sentence of both sides once, in order
 * @param flags           divergence findings
 * @param coverage        how much of each side is aligned
 * @param lengthModel     the length ratio and variance learned for the pair
 * @param warnings        limits this alignment reached ({@link Warning}); empty for ordinary documents
 */
public record AlignmentResult(Document source, Document target, List<Bead> paragraphBeads, List<Bead> beads,
                              List<Flag> flags, Coverage coverage, LengthModel lengthModel,
                              List<Warning> warnings) {
    public AlignmentResult {
        warnings = List.copyOf(warnings);
        paragraphBeads = List.copyOf(paragraphBeads);
        beads = List.copyOf(beads);
        flags = List.copyOf(flags);
    }
}
