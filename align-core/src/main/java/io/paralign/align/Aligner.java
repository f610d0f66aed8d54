package io.paralign.align;

import io.paralign.score.CostModel;

import java.util.List;

/** Finds the lowest-cost monotone path of beads covering every unit of both sides exactly once. */
interface Aligner {
    /**
     * @return beads in order; every source and target unit appears in exactly one bead. Empty sides give
     *         all-skip beads, never an exception.
     */
    List<Step> align(CostModel model);

    /** The bead shapes a path may use. */
    List<Shape> shapes();
}
