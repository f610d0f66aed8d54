package io.paralign.score;

import java.util.Arrays;

/**
 * How often each pair of ids from {@code [0, firstBound) x [0, secondBound)} occurs, without boxing. When the two
 * ranges make at most {@value #DENSE_CELLS} cells, every pair has its counter in one array; otherwise pairs are
 * packed into longs and counted in an open-addressing hash table (linear probing, at most half full), whose memory
 * grows with the distinct pairs, not with the occurrences. Not thread-safe.
 */
final class PairCounts {
    /** Largest grid counted densely: 1 MB of counters. */
    static final int DENSE_CELLS = 1 << 18;
    private static final long EMPTY = -1L;

    private final int firstBound;
    private final int secondBound;
    private final int[] grid;
    private long[] table = emptyTable(1024);
    private int[] tableCounts = new int[1024];
    private int distinct;
    private long[] keys = new long[0];
    private int[] counts = new int[0];

    PairCounts(int firstBound, int secondBound) {
        if (firstBound < 0 || secondBound < 0) {
            throw new IllegalArgumentException("bounds must not be negative: " + firstBound + ", " + secondBound);
        }
        this.firstBound = firstBound;
        this.secondBound = secondBound;
        this.grid = (long) firstBound * secondBound <= DENSE_CELLS ? new int[firstBound * secondBound] : null;
    }

    void add(int first, int second) {
        if (first < 0 || second < 0 || first >= firstBound || second >= secondBound) {
            throw new IllegalArgumentException("ids out of range: " + first + ", " + second);
        }
        if (grid != null) {
            if (grid[first * secondBound + second]++ == 0) {
                distinct++;
            }
            return;
        }
        if (2 * (distinct + 1) > table.length) {
            grow();
        }
        long key = ((long) first << 32) | second;
        int slot = slot(key, table);
        if (table[slot] == EMPTY) {
            table[slot] = key;
            distinct++;
        }
        tableCounts[slot]++;
    }

    /** Lists the counted pairs for reading; call after adding. */
    void compact() {
        keys = new long[distinct];
        counts = new int[distinct];
        int n = 0;
        if (grid != null) {
            for (int cell = 0; cell < grid.length; cell++) {
                if (grid[cell] > 0) {
                    keys[n] = ((long) (cell / secondBound) << 32) | (cell % secondBound);
                    counts[n++] = grid[cell];
                }
            }
            return;
        }
        for (int slot = 0; slot < table.length; slot++) {
            if (table[slot] != EMPTY) {
                keys[n] = table[slot];
                counts[n++] = tableCounts[slot];
            }
        }
    }

    /** Distinct pairs listed by the last {@link #compact}. */
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

    private void grow() {
        long[] oldTable = table;
        int[] oldCounts = tableCounts;
        table = emptyTable(2 * oldTable.length);
        tableCounts = new int[table.length];
        for (int slot = 0; slot < oldTable.length; slot++) {
            if (oldTable[slot] != EMPTY) {
                int moved = slot(oldTable[slot], table);
                table[moved] = oldTable[slot];
                tableCounts[moved] = oldCounts[slot];
            }
        }
    }

    /** The slot holding the key, or the empty slot where it belongs. */
    private static int slot(long key, long[] table) {
        int mask = table.length - 1;
        int slot = mix(key) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The 64-bit finaliser of MurmurHash3 (Appleby), so that ids differing in few bits spread over the table. */
    private static int mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe5a77d53L;
        h ^= h >>> 33;
        return (int) h;
    }

    private static long[] emptyTable(int size) {
        long[] table = new long[size];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
