package io.paralign.score;


/**
 * How often each pair of ids from {@code [0, firstBound) x [0, secondBound)} occurs, without boxing. When the two
 * ranges make at most {@value #DENSE_CELLS} cells, every pair has its counter in one array; otherwise pairs are
 * packed into longs and counted in an open-addressing hash table (linear probing, at most half full), whose memory
 * grows with the distinct pairs, not with the occurrences. Not thread-safe.
 */
final class PairCounts {
    /** Largest grid counted densely: 1 MB of counters. */
    static final int DENSE_CELLS = 1 << 18;

    private final int firstBound;
    private final int secondBound;
    private final int[] grid;
    /** The pairs when there is no grid. */
    private final LongIntTable table;
    /** Cells of the grid counted at least once. */
    private int gridDistinct;
    private long[] keys = new long[0];
    private int[] counts = new int[0];

    PairCounts(int firstBound, int secondBound) {
        if (firstBound < 0 || secondBound < 0) {
            throw new IllegalArgumentException("bounds must not be negative: " + firstBound + ", " + secondBound);
        }
        this.firstBound = firstBound;
        this.secondBound = secondBound;
        this.grid = (long) firstBound * secondBound <= DENSE_CELLS ? new int[firstBound * secondBound] : null;
        this.table = grid == null ? new LongIntTable() : null;
    }

    void add(int first, int second) {
        if (first < 0 || second < 0 || first >= firstBound || second >= secondBound) {
            throw new IllegalArgumentException("ids out of range: " + first + ", " + second);
        }
        if (grid != null) {
            if (grid[first * secondBound + second]++ == 0) {
                gridDistinct++;
            }
            return;
        }
        table.add(((long) first << 32) | second, 1);
    }

    /** Lists the counted pairs for reading; call after adding. */
    void compact() {
        int distinct = grid != null ? gridDistinct : table.size();
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
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (table.keyAt(slot) != LongKeys.EMPTY) {
                keys[n] = table.keyAt(slot);
                counts[n++] = table.valueAt(slot);
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
}
