package io.paralign.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from keys, remembered until a bound: past it, new values are computed each time and not kept, so
 * keys that come from input (words, language tags) cannot grow memory without limit. For pure computations only:
 * a value may be computed twice when two threads ask at once. Thread-safe.
 *
 * @param <K> key type
 * @param <V> value type (never null)
 */
public final class BoundedCache<K, V> {
    /**
     * The bound of a cache keyed by the words of the input: several times every distinct word of the largest
     * evaluation set (speed-ar-fr: 7,216 Arabic words of three letters or more, 5,415 Latin ones); on a large diverse
     * set, the words met first, frequent ones mostly. A cache this full holds a few MB; the bound keeps the caches of a
     * batch of any length well within its memory budget (four of 100,000 took about 60 MB on a diverse set).
     */
    public static final int WORDS = 32_768;

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<K, V> compute;

    /**
     * @param limit   how many values are kept at most
     * @param compute the computation; it may throw, and then nothing is kept
     */
    public BoundedCache(int limit, Function<K, V> compute) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
        this.compute = compute;
    }

    /** The value of the key, computed now unless it was kept. */
    public V get(K key) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        if (values.size() < limit) {
            values.put(key, value);
        }
        return value;
    }
}
