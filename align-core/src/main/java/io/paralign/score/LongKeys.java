package io.paralign.score;

import java.util.Arrays;

/**
 * Open addressing over {@code long} keys with linear probing ({@link LongIntTable}): a table's length is a power of
 * two, and {@link #EMPTY} marks a free slot (keys are never negative).
 */
final class LongKeys {
    static final long EMPTY = -1L;

    private LongKeys() {
    }

    /** A table of {@code size} free slots ({@code size} a power of two). */
    static long[] emptyTable(int size) {
        long[] table = new long[size];
        Arrays.fill(table, EMPTY);
        return table;
    }

    /** The slot holding the key, or the free slot where it belongs. */
    static int slot(long key, long[] table) {
        int mask = table.length - 1;
        int slot = (int) mix(key) & mask;
        while (table[slot] != EMPTY && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The 64-bit finaliser of MurmurHash3 (Appleby), so that keys differing in few bits spread over the table. */
    static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe5a77d53L;
        h ^= h >>> 33;
        return h;
    }
}
