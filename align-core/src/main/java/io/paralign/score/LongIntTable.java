package io.paralign.score;

import java.io.Serial;
import java.io.Serializable;

/**
 * An {@code int} for each {@code long} key (keys are never negative), without boxing: open addressing over
 * {@link LongKeys}, at most half full, doubled when a new key would pass that. Iterated by slot ({@link #capacity},
 * {@link #keyAt}, {@link #valueAt}) in an order that depends only on the keys added and their order. Shared by the
 * count tables of this package and the keyword automaton of {@code io.paralign.diverge}. Not thread-safe;
 * serializable, so that counts made in other processes can travel.
 */
public final class LongIntTable implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** What {@link #keyAt} gives for a free slot. */
    public static final long EMPTY = LongKeys.EMPTY;
    private static final int INITIAL_SLOTS = 1024;

    private long[] keys;
    private int[] values;
    private int size;

    /** An empty table of 1,024 slots. */
    public LongIntTable() {
        this(INITIAL_SLOTS);
    }

    /** @param slots the slots to start with, a power of two */
    public LongIntTable(int slots) {
        if (slots < 1 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two, not " + slots);
        }
        keys = LongKeys.emptyTable(slots);
        values = new int[slots];
    }

    /** Adds {@code amount} to the key's value, which starts at 0. */
    public void add(long key, int amount) {
        int slot = slotFor(key); // first: placing a new key may replace the arrays
        values[slot] += amount;
    }

    /** Sets the key's value. */
    public void put(long key, int value) {
        int slot = slotFor(key);
        values[slot] = value;
    }

    /** The key's value, or {@code missing} when the key was never added. */
    public int get(long key, int missing) {
        int slot = LongKeys.slot(key, keys);
        return keys[slot] == key ? values[slot] : missing;
    }

    /** Keys held. */
    public int size() {
        return size;
    }

    /** Slots, for iterating with {@link #keyAt} and {@link #valueAt}. */
    public int capacity() {
        return keys.length;
    }

    /** The key in a slot, or {@link #EMPTY}. */
    public long keyAt(int slot) {
        return keys[slot];
    }

    public int valueAt(int slot) {
        return values[slot];
    }

    /** The key's slot, the key placed there if it is new. */
    private int slotFor(long key) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = LongKeys.slot(key, keys);
        if (keys[slot] == LongKeys.EMPTY) {
            keys[slot] = key;
            size++;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = LongKeys.emptyTable(2 * oldKeys.length);
        values = new int[keys.length];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != LongKeys.EMPTY) {
                int moved = LongKeys.slot(oldKeys[slot], keys);
                keys[moved] = oldKeys[slot];
                values[moved] = oldValues[slot];
            }
        }
    }
}
