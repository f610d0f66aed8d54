package io.paralign.diverge;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.expendable.RepeatKeys;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.score.LengthModel;
import java.util.List;

/**
 * What detectors read: both documents, the sentence beads between them, each sentence's anchors, both documents'
 * repeat keys and the length model the alignment used.
 *
 * @param source        the source document
 * @param target        the target document
 * @param beads         sentence beads in order, covering every sentence of both sides once
 * @param sourceAnchors anchors of each source sentence
 * @param targetAnchors anchors of each target sentence
 * @param sourceKeys    repeat keys of the source document
 * @param targetKeys    repeat keys of the target document
 * @param length        the length model
 */
public record AlignedPair(Document source, Document target, List<Bead> beads, List<List<Anchor>> sourceAnchors,
                          List<List<Anchor>> targetAnchors, RepeatKeys sourceKeys, RepeatKeys targetKeys,
                          LengthModel length) {
    public AlignedPair {
        beads = List.copyOf(beads);
        sourceAnchors = List.copyOf(sourceAnchors);
        targetAnchors = List.copyOf(targetAnchors);
    }

    public Document document(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    public List<List<Anchor>> anchors(Side side) {
        return side == Side.SOURCE ? sourceAnchors : targetAnchors;
    }

    RepeatKeys keys(Side side) {
        return side == Side.SOURCE ? sourceKeys : targetKeys;
    }

    /** Ids of one side's sentences in a bead. */
    public static List<Integer> ids(Bead bead, Side side) {
        return side == Side.SOURCE ? bead.source() : bead.target();
    }
}
