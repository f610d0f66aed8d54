package io.paralign.score;

import java.util.Arrays;

/**
 * The features of one side's units (sentences or paragraphs) that bead costs read, in parallel arrays: length in
 * characters, lexical concept ids (sorted, distinct), anchor concept ids (sorted, repeats kept) with weights, and
 * layout marks. Arrays are shared, never modified after construction.
 */
public final class Units {
    final int[] length;
    final int[][] tokens;
    final int[] tokenCount;
    final int[][] anchors;
    final float[][] anchorWeights;
    final boolean[] heading;
    final boolean[] expendable;
    final boolean[] endsParagraph;
    /** The longest run kept once made: the widest bead shape takes four units of a side (1-4, 4-1). */
    private static final int CACHED_RUN = 4;
    /** Runs of one to {@value #CACHED_RUN} units, made on first use: a dynamic programme asks for the same run often. */
    private final Merged[][] runs;

    Units(int[] length, int[][] tokens, int[] tokenCount, int[][] anchors, float[][] anchorWeights,
          boolean[] heading, boolean[] expendable, boolean[] endsParagraph) {
        this.length = length;
        this.tokens = tokens;
        this.tokenCount = tokenCount;
        this.anchors = anchors;
        this.anchorWeights = anchorWeights;
        this.heading = heading;
        this.expendable = expendable;
        this.endsParagraph = endsParagraph;
        this.runs = new Merged[CACHED_RUN][length.length];
    }

    public int size() {
        return length.length;
    }

    /** Whether unit {@code u} is ordinary text: not a heading, a repeat or boilerplate, which skip cheaply. */
    public boolean isPlain(int u) {
        return !heading[u] && !expendable[u];
    }

    /** Units {@code [from, to)} as a side of their own. */
    public Units slice(int from, int to) {
        int[] starts = new int[to - from];
        int[] ends = new int[to - from];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = from + k;
            ends[k] = from + k + 1;
        }
        return group(starts, ends);
    }

    /** Groups of units merged into one unit each: group {@code g} covers {@code [starts[g], ends[g])}. */
    public Units group(int[] starts, int[] ends) {
        int n = starts.length;
        int[] len = new int[n];
        int[][] tok = new int[n][];
        int[] count = new int[n];
        int[][] anc = new int[n][];
        float[][] w = new float[n][];
        boolean[] head = new boolean[n];
        boolean[] spare = new boolean[n];
        boolean[] endsPar = new boolean[n];
        for (int g = 0; g < n; g++) {
            Merged merged = merge(starts[g], ends[g] - starts[g]);
            len[g] = merged.length;
            tok[g] = merged.tokens;
            count[g] = merged.tokenCount;
            anc[g] = merged.anchors;
            w[g] = merged.anchorWeights;
            head[g] = ends[g] - starts[g] == 1 && heading[starts[g]];
            spare[g] = true;
            for (int u = starts[g]; u < ends[g]; u++) {
                spare[g] &= expendable[u];
            }
            endsPar[g] = endsParagraph[ends[g] - 1];
        }
        return new Units(len, tok, count, anc, w, head, spare, endsPar);
    }

    /** Units merged two by two. */
    Units coarsen() {
        int n = (size() + 1) / 2;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int g = 0; g < n; g++) {
            starts[g] = 2 * g;
            ends[g] = Math.min(size(), 2 * g + 2);
        }
        return group(starts, ends);
    }

    /** True when a bead over {@code [i, i+k)} would cross a paragraph break. */
    boolean crossesBreak(int i, int k) {
        for (int u = i; u < i + k - 1; u++) {
            if (endsParagraph[u]) {
                return true;
            }
        }
        return false;
    }

    Merged merge(int i, int k) {
        if (k <= CACHED_RUN) {
            Merged run = runs[k - 1][i];
            if (run == null) {
                run = k == 1 ? new Merged(length[i], tokens[i], tokenCount[i], anchors[i], anchorWeights[i])
                        : mergeRun(i, k);
                runs[k - 1][i] = run;
            }
            return run;
        }
        return mergeRun(i, k);
    }

    private Merged mergeRun(int i, int k) {
        return k <= 3 ? mergeShortRun(i, k) : mergeLongRun(i, k);
    }

    /** A few units merged pairwise, each merge linear in its inputs. */
    private Merged mergeShortRun(int i, int k) {
        int len = 0;
        int count = 0;
        int[] tok = tokens[i];
        int[] anc = anchors[i];
        float[] w = anchorWeights[i];
        len += length[i];
        count += tokenCount[i];
        for (int u = i + 1; u < i + k; u++) {
            len += length[u];
            count += tokenCount[u];
            tok = unionDistinct(tok, tokens[u]);
            int[] mergedAnchors = new int[anc.length + anchors[u].length];
            float[] mergedWeights = new float[mergedAnchors.length];
            mergeSorted(anc, w, anchors[u], anchorWeights[u], mergedAnchors, mergedWeights);
            anc = mergedAnchors;
            w = mergedWeights;
        }
        return new Merged(len, tok, count, anc, w);
    }

    /**
     * Many units merged at once (a paragraph of any length), in n log n: merging them pairwise would copy the growing
     * result once per unit. Same result as {@link #mergeShortRun}: tokens sorted and distinct, anchors sorted by id
     * with equal ids in unit order (a stable sort of the units' anchors taken in order).
     */
    private Merged mergeLongRun(int i, int k) {
        int len = 0;
        int count = 0;
        int tokenTotal = 0;
        int anchorTotal = 0;
        for (int u = i; u < i + k; u++) {
            len += length[u];
            count += tokenCount[u];
            tokenTotal += tokens[u].length;
            anchorTotal += anchors[u].length;
        }
        int[] tok = new int[tokenTotal];
        long[] order = new long[anchorTotal];
        float[] allWeights = new float[anchorTotal];
        int t = 0;
        int a = 0;
        for (int u = i; u < i + k; u++) {
            System.arraycopy(tokens[u], 0, tok, t, tokens[u].length);
            t += tokens[u].length;
            for (int x = 0; x < anchors[u].length; x++) {
                // id in the high half, position in the low half: sorting these longs is a stable sort by id
                order[a] = ((long) anchors[u][x] << 32) | a;
                allWeights[a++] = anchorWeights[u][x];
            }
        }
        Arrays.sort(tok);
        int distinct = 0;
        for (int x = 0; x < tok.length; x++) {
            if (distinct == 0 || tok[distinct - 1] != tok[x]) {
                tok[distinct++] = tok[x];
            }
        }
        Arrays.sort(order);
        int[] anc = new int[anchorTotal];
        float[] w = new float[anchorTotal];
        for (int x = 0; x < anchorTotal; x++) {
            anc[x] = (int) (order[x] >>> 32);
            w[x] = allWeights[(int) order[x]];
        }
        return new Merged(len, distinct == tok.length ? tok : Arrays.copyOf(tok, distinct), count, anc, w);
    }

    /** The union of two sorted distinct arrays, sorted and distinct, allocated at its size (counted first). */
    private static int[] unionDistinct(int[] a, int[] b) {
        int[] out = new int[a.length + b.length - common(a, b)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[k++] = next;
        }
        return out;
    }

    /** How many values two sorted distinct arrays share. */
    private static int common(int[] a, int[] b) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    private static void mergeSorted(int[] a, float[] aw, int[] b, float[] bw, int[] out, float[] outW) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || (i < a.length && a[i] <= b[j])) {
                out[k] = a[i];
                outW[k++] = aw[i++];
            } else {
                out[k] = b[j];
                outW[k++] = bw[j++];
            }
        }
    }

    /**
     * Features of a run of units taken together.
     *
     * @param anchorWeightSum the sum of {@code anchorWeights}
     */
    record Merged(int length, int[] tokens, int tokenCount, int[] anchors, float[] anchorWeights,
                  double anchorWeightSum) {
        Merged(int length, int[] tokens, int tokenCount, int[] anchors, float[] anchorWeights) {
            this(length, tokens, tokenCount, anchors, anchorWeights, sum(anchorWeights));
        }

        private static double sum(float[] weights) {
            double total = 0;
            for (float w : weights) {
                total += w;
            }
            return total;
        }
    }
}
