/**
 * Bead costs: Gale &amp; Church (1993) length cost with a ratio learned per language pair, lexical overlap through
 * stems and a word-pair table learned from a first pass (after hunalign, Varga et al. 2005), and anchors shared
 * across the two texts. Features live in one integer concept space so a bead's evidence is an array intersection.
 *
 * <p>Internal, but for the types the pipeline's options and set-level learning take or return
 * ({@link io.paralign.score.CostParams}, {@link io.paralign.score.LengthModel}, {@link io.paralign.score.Lexicon},
 * {@link io.paralign.score.WordPairCounts}).
 */
package io.paralign.score;
