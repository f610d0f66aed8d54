package io.paralign.score;

import java.util.Arrays;

/**
 * How often each pair of integer ids occurs, without boxing: pairs are packed into longs, buffered, and every so
 * often sorted and folded into a sorted table of distinct pairs with their counts. Memory grows with the distinct
 * pairs, not with the occurrences. Not thread-safe.
 */
final class PairCounts {
    private static final int BUFFER = 1 << 20;

    private long[] keys = new long[0];
    private int[] counts = new int[0];
    private long[] buffer = new long[1024];
    private int buffered;

    void add(int first, int second) {
        if (buffered == buffer.length) {
            if (buffered >= BUFFER) {
                compact();
            } else {
                buffer = Arrays.copyOf(buffer, 2 * buffer.length);
            }
        }
        buffer[buffered++] = ((long) first << 32) | (second & 0xFFFFFFFFL);
    }

    /** Folds the buffered pairs into the table; call before reading. */
    void compact() {
        Arrays.sort(buffer, 0, buffered);
        long[] mergedKeys = new long[keys.length + buffered];
        int[] mergedCounts = new int[mergedKeys.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < keys.length || j < buffered) {
            long key;
            int count;
            if (j >= buffered || (i < keys.length && keys[i] <= buffer[j])) {
                key = keys[i];
                count = counts[i++];
            } else {
                key = buffer[j++];
                count = 1;
            }
            if (n > 0 && mergedKeys[n - 1] == key) {
                mergedCounts[n - 1] += count;
            } else {
                mergedKeys[n] = key;
                mergedCounts[n++] = count;
            }
        }
        keys = Arrays.copyOf(mergedKeys, n);
        counts = Arrays.copyOf(mergedCounts, n);
        buffered = 0;
    }

    /** Distinct pairs in the table. */
    int size() {
        return keys.length;
    }

    int source(int k) {
        return (int) (keys[k] >>> 32);
    }

    int target(int k) {
        return (int) keys[k];
    }

    int count(int k) {
        return counts[k];
    }
}
