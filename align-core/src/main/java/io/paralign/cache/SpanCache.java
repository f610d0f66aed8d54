package io.paralign.cache;

import java.util.function.Function;

/**
 * Values computed from spans of text (words, for instance), remembered in a fixed number of slots and found without
 * copying the span out of its text: a hit allocates nothing. A span's slot is chosen by its hash; a new span takes its
 * slot over, so the cache never holds more than its slots, and spans met often stay in theirs. For pure computations
 * only: a value may be computed twice when two threads ask at once. Thread-safe without locks: a slot holds one
 * immutable entry, which a reader sees whole or not at all.
 *
 * @param <V> value type
 */
public final class SpanCache<V> {
    private final Entry<V>[] slots;
    private final int mask;
    private final Function<String, V> compute;

    /**
     * @param slots   how many entries are kept at most, rounded up to a power of two
     * @param compute the computation, given the span as a string
     */
    @SuppressWarnings("unchecked")
    public SpanCache(int slots, Function<String, V> compute) {
        if (slots < 1 || slots > 1 << 24) {
            throw new IllegalArgumentException("slots must be from 1 to 2^24, was " + slots);
        }
        int size = 1;
        while (size < slots) {
            size <<= 1;
        }
        this.slots = (Entry<V>[]) new Entry<?>[size];
        this.mask = this.slots.length - 1;
        this.compute = compute;
    }

    /** The value of {@code text[start, end)}, computed now unless its slot holds it. */
    public V get(String text, int start, int end) {
        int hash = hash(text, start, end);
        int index = (hash ^ (hash >>> 16)) & mask;
        Entry<V> entry = slots[index];
        if (entry != null && entry.hash == hash && entry.key.length() == end - start
                && entry.key.regionMatches(0, text, start, end - start)) {
            return entry.value;
        }
        String key = text.substring(start, end);
        V value = compute.apply(key);
        slots[index] = new Entry<>(key, hash, value);
        return value;
    }

    /** How many entries the cache keeps at most. */
    public int capacity() {
        return slots.length;
    }

    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private record Entry<V>(String key, int hash, V value) {
    }
}
