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
 * @param minFlagConfidence flags less sure than this are not reported (0 reports every finding)
 */
public record AlignOptions(CostParams sentenceCosts, CostParams paragraphCosts, boolean learnLexicon, long maxCells,
                           int bandWidth, double minFlagConfidence) {
    public AlignOptions {
        if (maxCells < 4 || bandWidth < 1) {
            throw new IllegalArgumentException("maxCells " + maxCells + " and bandWidth " + bandWidth + " too small");
        }
        if (minFlagConfidence < 0 || minFlagConfidence > 1) {
            throw new IllegalArgumentException("minFlagConfidence must lie in [0, 1], got " + minFlagConfidence);
        }
    }

    public static AlignOptions defaults() {
        return new AlignOptions(CostParams.sentenceDefaults(), CostParams.paragraphDefaults(), true, 250_000L, 12, 0.5);
    }
}
