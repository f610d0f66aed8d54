package io.paralign.score;

/**
 * The cost of aligning a run of source units with a run of target units; a dynamic programme minimises the sum
 * over beads. Costs are finite and comparable across shapes (e.g. -ln of a probability, up to a constant).
 */
public interface CostModel {
    int sourceSize();

    int targetSize();

    /** Cost of the bead source {@code [i, i+a)} to target {@code [j, j+b)}; {@code a} or {@code b} may be 0. */
    double cost(int i, int a, int j, int b);

    /**
     * A value no greater than {@link #cost} of the same bead, cheaper to compute: a dynamic programme skips a bead
     * whose bound already loses. Models without a cheap bound keep this default, which never skips.
     */
    default double lowerBound(int i, int a, int j, int b) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * The same model over units merged two by two (unit k covers units 2k and 2k+1), used to find a coarse path
     * whose neighbourhood bounds the fine search.
     */
    CostModel coarsen();
}
