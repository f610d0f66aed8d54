package io.paralign.pipeline;

import io.paralign.diverge.Detectors;
import io.paralign.diverge.FlagType;
import io.paralign.diverge.UnknownFlagTypeException;
import io.paralign.score.CostParams;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of one alignment, with defaults in {@link #defaults()}.
 *
 * @param sentenceCosts   bead cost weights for sentences
 * @param paragraphCosts  bead cost weights for paragraphs
 * @param learnLexicon    whether to run a second pass with word pairs learned from the first
 * @param maxCells        largest dynamic-programming table searched in full before banding
 * @param bandWidth       half-width of the band around a coarse path, in units
 * @param minFlagConfidence flags less sure than this are not reported (0 reports every finding)
 * @param detectors       the flag types reported, each by its detector ({@link Detectors}); all by default
 */
public record AlignOptions(CostParams sentenceCosts, CostParams paragraphCosts, boolean learnLexicon, long maxCells,
                           int bandWidth, double minFlagConfidence, Set<FlagType> detectors) {
    public AlignOptions {
        if (maxCells < 4 || bandWidth < 1) {
            throw new IllegalArgumentException("maxCells " + maxCells + " and bandWidth " + bandWidth + " too small");
        }
        if (minFlagConfidence < 0 || minFlagConfidence > 1) {
            throw new IllegalArgumentException("minFlagConfidence must lie in [0, 1], got " + minFlagConfidence);
        }
        detectors = detectors.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(detectors));
    }

    /** Settings with every detector. */
    public AlignOptions(CostParams sentenceCosts, CostParams paragraphCosts, boolean learnLexicon, long maxCells,
                        int bandWidth, double minFlagConfidence) {
        this(sentenceCosts, paragraphCosts, learnLexicon, maxCells, bandWidth, minFlagConfidence, Detectors.all());
    }

    public static AlignOptions defaults() {
        return new AlignOptions(CostParams.sentenceDefaults(), CostParams.paragraphDefaults(), true, 250_000L, 12, 0.5);
    }

    /**
     * These settings reporting only the flag types named, by their stable codes ({@code MISSING_IN_TARGET}, ...).
     *
     * @throws UnknownFlagTypeException when a code names no flag type
     */
    public AlignOptions withDetectors(List<String> codes) {
        return new AlignOptions(sentenceCosts, paragraphCosts, learnLexicon, maxCells, bandWidth, minFlagConfidence,
                Detectors.select(codes));
    }
}
