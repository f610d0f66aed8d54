package io.paralign.score;

import io.paralign.model.LanguageTags;
import java.util.Arrays;
import java.util.Map;

/**
 * Where the expected length ratio comes from. A document's own character totals are skewed by exactly the one-sided
 * content we hunt, so the first pass starts from a prior per language pair (measured on NTREX-128 for Arabic-French:
 * French runs 1.27 characters per Arabic one) and falls back to the totals for pairs without one; the second pass
 * re-estimates ratio and variance robustly (medians) from the first pass's 1-1 beads, shrunk toward the prior.
 *
 * <p>Pairs whose sides count different units (Han characters against letters) have no prior and keep the totals'
 * ratio in the second pass: a Chinese character stands for 3.4 to 5.2 English letters across the six documents of
 * Bertalign's MAC development set, so a table value is wrong for most texts, and the first pass's 1-1 beads are
 * biased low where a free translation splits sentences (the pass pairs a Chinese sentence with the first of its
 * English sentences and leaves the rest out).
 */
public final class LengthModels {
    private static final Map<String, Double> PRIOR_RATIOS = Map.of(
            "ar-fr", 1.27,
            "ar-en", 1.18,
            "en-fr", 1.15,
            "de-fr", 1.06,
            "en-de", 1.10,
            "en-is", 0.98);
    private static final int PRIOR_STRENGTH = 20;
    private static final double UNIT_RATIO = 2.0;
    private static final double MIN_VARIANCE = 2.0;
    private static final double MAX_VARIANCE = 30.0;

    private LengthModels() {
    }

    /** Target characters per source character expected before any alignment. */
    public static LengthModel prior(String sourceLanguage, String targetLanguage, long sourceChars, long targetChars) {
        String s = LanguageTags.primary(sourceLanguage);
        String t = LanguageTags.primary(targetLanguage);
        Double forward = PRIOR_RATIOS.get(s + "-" + t);
        Double backward = PRIOR_RATIOS.get(t + "-" + s);
        double ratio;
        if (s.equals(t)) {
            ratio = 1.0;
        } else if (forward != null) {
            ratio = forward;
        } else if (backward != null) {
            ratio = 1.0 / backward;
        } else {
            ratio = sourceChars > 0 && targetChars > 0 ? (double) targetChars / sourceChars : 1.0;
        }
        return new LengthModel(ratio, priorVariance(ratio));
    }

    /**
     * Gale &amp; Church's variance per source character, measured on pairs of alphabets whose lengths nearly agree.
     * Where the two sides count different units (Han, Kana or Hangul characters against letters: a ratio beyond
     * {@value #UNIT_RATIO} either way) one source character stands for {@code ratio} target characters, and so does
     * the variance of their deviation; kept as measured for pairs of comparable units, whose variance the second
     * pass re-estimates anyway.
     */
    static double priorVariance(double ratio) {
        return unitsDiffer(ratio) ? LengthModel.GALE_CHURCH_VARIANCE * ratio : LengthModel.GALE_CHURCH_VARIANCE;
    }

    private static boolean unitsDiffer(double ratio) {
        return ratio > UNIT_RATIO || ratio < 1.0 / UNIT_RATIO;
    }

    /**
     * Ratio and variance re-estimated from lengths of pairs believed aligned: the {@linkplain #weightedMedianRatio
     * length-weighted median ratio}, and the variance from the median absolute deviation (scaled to a normal's
     * standard deviation, kept within {@value #MIN_VARIANCE} to {@value #MAX_VARIANCE} times the prior's unit scale:
     * one Han character stands for several letters, and so does its variance), each shrunk toward the prior by
     * {@value #PRIOR_STRENGTH} pseudo-pairs. The pairs should be chosen without weighing their lengths: a choice by
     * length keeps the pairs that agree with the prior and teaches it back to itself. Where the units differ the
     * ratio stays the prior's (see the class documentation) and only the variance is re-estimated.
     */
    public static LengthModel refine(LengthModel prior, int[] sourceLengths, int[] targetLengths) {
        int n = sourceLengths.length;
        if (n < 3) {
            return prior;
        }
        double ratio = prior.ratio();
        if (!unitsDiffer(ratio)) {
            double median = weightedMedianRatio(sourceLengths, targetLengths);
            ratio = (n * median + PRIOR_STRENGTH * prior.ratio()) / (n + PRIOR_STRENGTH);
        }
        double[] deviations = new double[n];
        for (int k = 0; k < n; k++) {
            deviations[k] = Math.abs((targetLengths[k] - ratio * sourceLengths[k]) / Math.sqrt(Math.max(1, sourceLengths[k])));
        }
        double sigma = 1.4826 * median(deviations);
        double scale = priorVariance(ratio) / LengthModel.GALE_CHURCH_VARIANCE;
        double variance = Math.max(MIN_VARIANCE * scale, Math.min(MAX_VARIANCE * scale, sigma * sigma));
        variance = (n * variance + PRIOR_STRENGTH * prior.variance()) / (n + PRIOR_STRENGTH);
        return new LengthModel(ratio, variance);
    }

    /**
     * The ratio of target to source length at which half the source characters lie in pairs of lower ratio: the
     * median of the pairs' ratios, each weighted by its source length. Under the model a pair's ratio varies less the
     * longer it is, so short pairs, whose ratios spread widest, must not count as much as long ones (the plain median
     * of per-pair ratios falls below the ratio of the totals when ratios are skewed); a median, not a sum, so that a
     * minority of wrongly paired sentences cannot move it.
     */
    static double weightedMedianRatio(int[] sourceLengths, int[] targetLengths) {
        int n = sourceLengths.length;
        Integer[] order = new Integer[n];
        double[] ratios = new double[n];
        long[] weights = new long[n];
        long total = 0;
        for (int k = 0; k < n; k++) {
            order[k] = k;
            weights[k] = Math.max(1, sourceLengths[k]);
            ratios[k] = targetLengths[k] / (double) weights[k];
            total += weights[k];
        }
        Arrays.sort(order, (x, y) -> Double.compare(ratios[x], ratios[y]));
        int k = 0;
        long below = weights[order[0]];
        while (2 * below < total) {
            below += weights[order[++k]];
        }
        return ratios[order[k]];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

}
