package io.paralign.pipeline;

import io.paralign.score.CostParams;

/**
 * Settings of one alignment, with defaults in {@link #defaults()}.
 *
 * @param sentenceCosts   bead cost weights for sentences
 * @param paragraphCosts  bead cost weights for paragraphs
 * @param learnLexicon    whether to run a second pass with word pairs learned from the first
 * @param maxCells        largest dynamic-programming table searched in full before banding
 * @param bandWidth       half-width of the band around a coarse path, in units
 */
public record AlignOptions(CostParams sentenceCosts, CostParams paragraphCosts, boolean learnLexicon, long maxCells,
                           int bandWidth) {
    public AlignOptions {
        if (maxCells < 4 || bandWidth < 1) {
            throw new IllegalArgumentException("maxCells " + maxCells + " and bandWidth " + bandWidth + " too small");
        }
    }

    public static AlignOptions defaults() {
        return new AlignOptions(CostParams.sentenceDefaults(), CostParams.paragraphDefaults(), true, 1_000_000L, 12);
    }
}
