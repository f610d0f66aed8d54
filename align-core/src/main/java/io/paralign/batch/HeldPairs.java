package io.paralign.batch;

import io.paralign.pipeline.PreparedPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pairs that set-level learning's first pass prepared, held for its second pass so that it need not read, segment
 * and analyse them again: as many as a budget of estimated heap bytes allows, in the order they are offered; the
 * second pass prepares again any pair not held. Which pairs are held changes no result, only the work. Thread-safe.
 */
public final class HeldPairs {
    /**
     * Heap bytes a prepared pair holds per character of its two texts, an upper estimate: the texts, each stem and
     * anchor, the features and the name memo. Measured at 21 over speed-ar-fr's 960 Arabic-French pairs and at 20 over
     * three copies of them with each copy's words made new (align-bench's {@code PreparedPairsProbe}: the heap after
     * a full collection with every pair held; 32 and 29 before words' tokens and name candidates were shared through
     * the word caches). The estimate keeps its margin: at 28, 96,000 pairs of diverse text peaked at 261 MB of memory.
     */
    static final long BYTES_PER_CHARACTER = 40;
    /**
     * The default budget's cap, and its share of the heap's maximum size. With 64 MB at 40 bytes a character, a
     * batch of 96,000 pairs of diverse text (its word-pair counts at their cap) peaked at 273 MB of memory against
     * 191 MB holding none, over the 256 MB a batch is meant to stay within.
     */
    static final long MAX_BUDGET = 32L << 20;
    static final int HEAP_SHARE = 16;

    private final Map<Integer, PreparedPair> held = new ConcurrentHashMap<>();
    private final AtomicLong room;

    /** @param budget estimated heap bytes the held pairs may take together */
    public HeldPairs(long budget) {
        this.room = new AtomicLong(budget);
    }

    /** A budget of a sixteenth of the heap's maximum size, at most 32 MB. */
    public static HeldPairs withDefaultBudget() {
        return new HeldPairs(Math.min(MAX_BUDGET, Runtime.getRuntime().maxMemory() / HEAP_SHARE));
    }

    /**
     * Holds the pair prepared for this position if the budget has room for it.
     *
     * @return whether it is held
     */
    public boolean offer(int position, PreparedPair pair) {
        long weight = weight(pair);
        if (room.addAndGet(-weight) < 0) {
            room.addAndGet(weight);
            return false;
        }
        if (held.putIfAbsent(position, pair) != null) {
            room.addAndGet(weight);
            return false;
        }
        return true;
    }

    /** The pair held for this position, no longer held; null when none is. */
    public PreparedPair take(int position) {
        PreparedPair pair = held.remove(position);
        if (pair != null) {
            room.addAndGet(weight(pair));
        }
        return pair;
    }

    private static long weight(PreparedPair pair) {
        return pair.characters() * BYTES_PER_CHARACTER;
    }
}
