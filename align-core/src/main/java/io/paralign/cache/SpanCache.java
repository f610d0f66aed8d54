package io.paralign.cache;

import java.util.function.Function;

/**
 * Values computed from spans of text (words, for instance), remembered in a fixed number of slots and found without
 * copying the span out of its text: a hit allocates nothing. The slots form sets of {@value #WAYS} chosen by the
 * span's hash (a set-associative cache, as in a processor's): a new span enters its set first and the set's oldest
 * leaves, so the cache never holds more than its slots, and a few spans sharing a set do not evict each other. For
 * pure computations only: a value may be computed twice when two threads ask at once, or an entry lost. Thread-safe
 * without locks: a slot holds one immutable entry, which a reader sees whole or not at all.
 *
 * @param <V> value type
 */
public final class SpanCache<V> {
    static final int WAYS = 8;

    private final Entry<V>[] slots;
    private final int mask;
    private final Function<String, V> compute;

    /**
     * @param slots   how many entries are kept at most, rounded up to a power of two of at least {@value #WAYS}
     * @param compute the computation, given the span as a string
     */
    @SuppressWarnings("unchecked")
    public SpanCache(int slots, Function<String, V> compute) {
        if (slots < 1 || slots > 1 << 24) {
            throw new IllegalArgumentException("slots must be from 1 to 2^24, was " + slots);
        }
        int size = WAYS;
        while (size < slots) {
            size <<= 1;
        }
        this.slots = (Entry<V>[]) new Entry<?>[size];
        this.mask = size / WAYS - 1;
        this.compute = compute;
    }

    /** The value of {@code text[start, end)}, computed now unless its set holds it. */
    public V get(String text, int start, int end) {
        int hash = hash(text, start, end);
        int first = (mix(hash) & mask) * WAYS;
        for (int way = first; way < first + WAYS; way++) {
            Entry<V> entry = slots[way];
            if (entry == null) {
                break; // a set fills from its first way
            }
            if (entry.hash == hash && entry.key.length() == end - start
                    && entry.key.regionMatches(0, text, start, end - start)) {
                return entry.value;
            }
        }
        String key = text.substring(start, end);
        V value = compute.apply(key);
        System.arraycopy(slots, first, slots, first + 1, WAYS - 1);
        slots[first] = new Entry<>(key, hash, value);
        return value;
    }

    /** How many entries the cache keeps at most. */
    public int capacity() {
        return slots.length;
    }

    /** The 32-bit finaliser of MurmurHash3 (Appleby): the set is chosen by low bits, which a string hash spreads poorly. */
    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
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
