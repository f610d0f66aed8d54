package io.paralign.align;

import io.paralign.anchor.AnchorPairing;
import java.util.List;

/**
 * One aligned group of sentences (or paragraphs): source ids with the target ids they translate; either list may be
 * empty (a 1-0 or 0-1 bead: left unmatched).
 *
 * @param source     0-based source ids, ascending
 * @param target     0-based target ids, ascending
 * @param score      similarity in [0, 1]: mean of length agreement and lexical/anchor overlap; 0 for unmatched
 * @param confidence how sure the aligner is of this bead, in [0, 1]
 * @param anchors    anchors (numbers, names, Latin tokens) found on both sides of the bead
 */
public record Bead(List<Integer> source, List<Integer> target, double score, double confidence,
                   List<AnchorPairing.Pair> anchors) {
    public Bead {
        source = List.copyOf(source);
        target = List.copyOf(target);
        anchors = List.copyOf(anchors);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one id");
        }
    }

    /** A bead with no anchor evidence recorded. */
    public Bead(List<Integer> source, List<Integer> target, double score, double confidence) {
        this(source, target, score, confidence, List.of());
    }

    public boolean isMatch() {
        return !source.isEmpty() && !target.isEmpty();
    }

    /** The shape, e.g. "2-1". */
    public String shape() {
        return source.size() + "-" + target.size();
    }
}
