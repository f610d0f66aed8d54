package io.paralign.score;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Overlap of a long sorted array with a much shorter one, as {@link Evidence} measures it, in time proportional to
 * the short one times the logarithm of the long one: each short element is found in the long array by galloping
 * search (exponential, then binary), and the long array's elements skipped in between are summed from a prefix sum.
 * A bead pairing a paragraph of thousands of sentences with a short one is costed against many such short runs, and
 * a merge of the two arrays would cost the long one's length each time.
 *
 * <p>Used only past {@link #applies}: the lexical count is exact, but the one-sided anchor weight is summed in
 * another order, so it may differ from the merge in its last bits; ordinary documents never reach the threshold.
 */
final class UnevenOverlap {
    /** The long array holds at least this many elements... */
    private static final int MIN_LONG = 4_096;
    /** ...and at least this many times as many as the short one. */
    private static final int RATIO = 32;

    private final boolean[] strong;
    /** Per long anchor array (identity), sums of its strong weights before each position. */
    private final Map<int[], double[]> prefixes = new ConcurrentHashMap<>();

    UnevenOverlap(boolean[] strong) {
        this.strong = strong;
    }

    static boolean applies(int a, int b) {
        int shorter = Math.min(a, b);
        int longer = Math.max(a, b);
        return longer >= MIN_LONG && longer >= (long) RATIO * shorter;
    }

    /** How many values two sorted arrays of distinct values share. */
    static int common(int[] a, int[] b) {
        int[] small = a.length <= b.length ? a : b;
        int[] big = small == a ? b : a;
        int common = 0;
        int pos = 0;
        for (int value : small) {
            pos = lowerBound(big, pos, value);
            if (pos < big.length && big[pos] == value) {
                common++;
                pos++;
            }
        }
        return common;
    }

    /** {@link Evidence#anchors}, for arrays where {@link #applies} holds. */
    Evidence.AnchorBalance anchors(int[] source, float[] sourceWeights, int[] target, float[] targetWeights) {
        boolean sourceIsShort = source.length <= target.length;
        int[] small = sourceIsShort ? source : target;
        float[] smallWeights = sourceIsShort ? sourceWeights : targetWeights;
        int[] big = sourceIsShort ? target : source;
        float[] bigWeights = sourceIsShort ? targetWeights : sourceWeights;
        double[] prefix = prefixes.computeIfAbsent(big, k -> prefix(big, bigWeights));
        double matched = 0;
        double oneSided = 0;
        int pos = 0;
        for (int k = 0; k < small.length; k++) {
            int at = lowerBound(big, pos, small[k]);
            oneSided += prefix[at] - prefix[pos];
            if (at < big.length && big[at] == small[k]) {
                matched += (smallWeights[k] + bigWeights[at]) / 2.0;
                pos = at + 1;
            } else {
                oneSided += strong[small[k]] ? smallWeights[k] : 0;
                pos = at;
            }
        }
        oneSided += prefix[big.length] - prefix[pos];
        return new Evidence.AnchorBalance(matched, oneSided);
    }

    private double[] prefix(int[] ids, float[] weights) {
        double[] prefix = new double[ids.length + 1];
        for (int k = 0; k < ids.length; k++) {
            prefix[k + 1] = prefix[k] + (strong[ids[k]] ? weights[k] : 0);
        }
        return prefix;
    }

    /** The first position at or after {@code from} whose value is at least {@code value} (the length if none). */
    static int lowerBound(int[] values, int from, int value) {
        int lo = from;
        int hi = from;
        int step = 1;
        while (hi < values.length && values[hi] < value) {
            lo = hi + 1;
            hi += step;
            step <<= 1;
        }
        hi = Math.min(hi, values.length);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
