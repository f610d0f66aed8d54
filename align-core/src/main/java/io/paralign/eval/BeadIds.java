package io.paralign.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One bead of an alignment as sentence ids: the source sentences and the target sentences it
 * joins. One side may be empty (a 1-0 or 0-1 bead: sentences left unmatched), not both.
 *
 * @param source 0-based ids of the source sentences, in file order
 * @param target 0-based ids of the target sentences, in file order
 */
public record BeadIds(List<Integer> source, List<Integer> target) {
    public BeadIds {
        source = List.copyOf(source);
        target = List.copyOf(target);
        if (source.isEmpty() && target.isEmpty()) {
            throw new IllegalArgumentException("bead is empty on both sides");
        }
        requireNonNegative(source);
        requireNonNegative(target);
    }

    /** True for a 1-0 or 0-1 bead (sentences left unmatched on one side). */
    public boolean hasEmptySide() {
        return source.isEmpty() || target.isEmpty();
    }

    /**
     * Checks that every id is below the sentence count of its side and that no id is covered by
     * more than one bead on the same side. Sentences covered by no bead are allowed.
     *
     * @throws BeadRangeException naming the first offending id
     */
    public static void validate(List<BeadIds> beads, int sourceCount, int targetCount) {
        Set<Integer> seenSource = new HashSet<>();
        Set<Integer> seenTarget = new HashSet<>();
        for (BeadIds bead : beads) {
            check("source", bead.source(), sourceCount, seenSource);
            check("target", bead.target(), targetCount, seenTarget);
        }
    }

    /**
     * Checks only that every id is below the sentence count of its side: published gold files (Text+Berg's among
     * them) occasionally cover a sentence twice, which scoring tolerates, but an id past the end means the gold and
     * the sentence files do not belong together.
     *
     * @throws BeadRangeException naming the first offending id
     */
    public static void validateRange(List<BeadIds> beads, int sourceCount, int targetCount) {
        for (BeadIds bead : beads) {
            check("source", bead.source(), sourceCount, null);
            check("target", bead.target(), targetCount, null);
        }
    }

    private static void check(String side, List<Integer> ids, int count, Set<Integer> seen) {
        for (int id : ids) {
            if (id >= count) {
                throw new BeadRangeException(side + " id " + id + " is out of range: the " + side
                        + " has " + count + " sentences");
            }
            if (seen != null && !seen.add(id)) {
                throw new BeadRangeException(side + " id " + id + " is covered by more than one bead");
            }
        }
    }

    private static void requireNonNegative(List<Integer> ids) {
        for (int id : ids) {
            if (id < 0) {
                throw new IllegalArgumentException("negative sentence id " + id);
            }
        }
    }
}
