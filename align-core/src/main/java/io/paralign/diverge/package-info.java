/**
 * Divergence detection over an alignment: each {@link io.paralign.diverge.DivergenceDetector} finds one kind of
 * finding ({@link io.paralign.diverge.DivergenceType}, stable codes), and {@link io.paralign.diverge.Divergences}
 * runs them all and resolves overlaps.
 */
package io.paralign.diverge;
