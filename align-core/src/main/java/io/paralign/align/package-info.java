/**
 * Monotone bead alignment by dynamic programming: bead {@link io.paralign.align.Shape}s, a {@link
 * io.paralign.score.CostModel} seam for scoring, and a {@link io.paralign.align.RecursiveAligner} that bands the
 * search around a coarse path so that memory stays linear in document length.
 *
 * <p>Internal, but for the types a result carries ({@link io.paralign.align.Bead},
 * {@link io.paralign.align.Coverage}).
 */
package io.paralign.align;

import io.paralign.score.CostModel;
