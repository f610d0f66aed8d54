package io.paralign.score;

/**
 * Whether a sentence left out beside a bead belongs in it: it holds a name, number or Latin token that the bead's
 * other side holds and its own side lacks. When a translator splits a long sentence in two and the length cost of
 * the 1-2 bead is high (the two parts together run far longer than the ratio expects), the search may pair the
 * sentence with one part and leave the other out; if the part left out carries a name the sentence holds and the
 * kept part does not, the anchor is stranded, and the part belongs with the sentence. Only rare anchors count
 * ({@link #MIN_WEIGHT}), and punctuation never: quotes and question marks recur in every other sentence of a
 * dialogue.
 */
public final class StrandedAnchors {
    private final boolean[] identifying;
    /**
     * Least weight of a stranded anchor, after {@link FeatureSpace} divides its prior weight by the square root of
     * the number of sentences holding it: a name of its side's uncased script in one sentence, a capitalised name
     * in up to four. A name repeated all through the text (a company's, a country's) is no clue to where one
     * sentence belongs; on Text+Berg dev counting every name pulled true omissions into beads (strict F1 0.860 to
     * 0.851), and 0.3 to 0.45 give the same figures on every development set.
     */
    static final double MIN_WEIGHT = 0.4;

    /** @param identifying per anchor concept, whether it names what a sentence is about */
    StrandedAnchors(boolean[] identifying) {
        this.identifying = identifying;
    }

    /**
     * Whether unit {@code lone} of side {@code loneSide} holds an identifying anchor that the bead's units on the
     * other side ({@code other}, {@code [otherFrom, otherFrom + otherCount)}) hold more often than its units on
     * the lone unit's side ({@code same}, {@code [sameFrom, sameFrom + sameCount)}).
     */
    public boolean strands(Units loneSide, int lone, Units same, int sameFrom, int sameCount,
                           Units other, int otherFrom, int otherCount) {
        int[] anchors = loneSide.anchors[lone];
        if (anchors.length == 0) {
            return false;
        }
        int[] sameAnchors = same.merge(sameFrom, sameCount).anchors();
        int[] otherAnchors = other.merge(otherFrom, otherCount).anchors();
        for (int k = 0; k < anchors.length; k++) {
            int concept = anchors[k];
            if ((k == 0 || anchors[k - 1] != concept) && identifying[concept]
                    && loneSide.anchorWeights[lone][k] >= MIN_WEIGHT
                    && count(otherAnchors, concept) > count(sameAnchors, concept)) {
                return true;
            }
        }
        return false;
    }

    /** Occurrences of {@code concept} in a sorted array. */
    private static int count(int[] sorted, int concept) {
        int c = 0;
        for (int v : sorted) {
            if (v == concept) {
                c++;
            } else if (v > concept) {
                break;
            }
        }
        return c;
    }
}
