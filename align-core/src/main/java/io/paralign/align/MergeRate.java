package io.paralign.align;

import io.paralign.score.CostParams;
import java.util.List;

/**
 * Merge priors fitted to a document from its first pass. Gale &amp; Church (1993) took each bead shape's prior from
 * its frequency in hand-aligned text ({@code -ln P(shape)}); that frequency is a property of the translation, not of
 * the language pair: the German-French Text+Berg yearbooks merge in about one bead in four, Arabic-French news
 * articles in one in twenty, and a free literary translation (Hawkes' Story of the Stone in Bertalign's MAC set)
 * splits a third of its Chinese sentences. The default merge priors suit news; where the first pass merged more
 * often than {@value #TUNED_RATE} of its matched beads, every merge prior is lowered by {@value #SCALE} times the log
 * of the ratio of the two rates. The factor is above one because the first pass, held to common shapes and to the
 * news priors, finds fewer merges than there are. A rate below the tuned one never raises the priors: a short
 * article that happened to merge nothing is no evidence against merging.
 */
public final class MergeRate {
    /** Share of merged beads among matched ones at which the default priors were tuned (dev sets). */
    static final double TUNED_RATE = 0.12;
    /** Pseudo-beads at the tuned rate added to the observed counts, so that a short text moves little. */
    static final int PSEUDO_BEADS = 20;
    static final double SCALE = 2.0;
    /** Smallest merge prior: a merge never costs less than a 1-1 bead plus this. */
    static final double MIN_PRIOR = 0.5;

    private MergeRate() {
    }

    /** {@code params} with its merge priors lowered for a document whose first pass took {@code steps}. */
    public static CostParams adapt(CostParams params, List<Step> steps) {
        double discount = discount(steps);
        return discount == 0 ? params : params.withMergePriors(
                lowered(params.merge(), discount), lowered(params.doubleMerge(), discount),
                lowered(params.tripleMerge(), discount), lowered(params.quadrupleMerge(), discount));
    }

    /** How much cheaper each merge becomes, 0 unless the smoothed merge rate exceeds the tuned one. */
    static double discount(List<Step> steps) {
        int matched = 0;
        int merged = 0;
        for (Step step : steps) {
            if (step.sourceCount() > 0 && step.targetCount() > 0) {
                matched++;
                if (step.sourceCount() + step.targetCount() > 2) {
                    merged++;
                }
            }
        }
        double rate = (merged + PSEUDO_BEADS * TUNED_RATE) / (matched + PSEUDO_BEADS);
        return Math.max(0.0, SCALE * Math.log(rate / TUNED_RATE));
    }

    private static double lowered(double prior, double discount) {
        return Math.max(MIN_PRIOR, prior - discount);
    }
}
