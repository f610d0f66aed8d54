package io.paralign.align;

import java.util.Arrays;
import java.util.List;

/**
 * For each source prefix length {@code i} in {@code [0, n]}, the range {@code [lo(i), hi(i)]} of target prefix
 * lengths the dynamic programme may visit. Bounds never decrease with {@code i}, and the corners (0,0) and (n,m) are
 * always inside, so a path always exists.
 */
final class Band {
    private final int[] lo;
    private final int[] hi;

    private Band(int[] lo, int[] hi) {
        this.lo = lo;
        this.hi = hi;
    }

    static Band full(int n, int m) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(hi, m);
        return new Band(lo, hi);
    }

    /**
     * The fine band around a path found on units merged two by two, widened by {@code width} fine units on every
     * side (the projection of Vecalign's recursive downsampling; Thompson &amp; Koehn 2019).
     */
    static Band around(List<Step> coarsePath, int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (Step step : coarsePath) {
            int rowFrom = Math.max(0, 2 * step.source() - width);
            int rowTo = Math.min(n, 2 * step.sourceEnd() + width);
            int colFrom = Math.max(0, 2 * step.target() - width);
            int colTo = Math.min(m, 2 * step.targetEnd() + width);
            for (int i = rowFrom; i <= rowTo; i++) {
                lo[i] = Math.min(lo[i], colFrom);
                hi[i] = Math.max(hi[i], colTo);
            }
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, Math.min(lo[i], m));
            hi[i] = Math.min(m, Math.max(hi[i], lo[i]));
        }
        return new Band(lo, hi);
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    boolean contains(int i, int j) {
        return j >= lo[i] && j <= hi[i];
    }
}
