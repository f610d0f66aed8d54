package io.paralign.score;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Lexicon#learn(WordPairCounts, int, double, int)} needs from a set of aligned sentence pairs, counted
 * as they come so that the pairs themselves need not be kept: in how many pairs each source stem and each target stem
 * occurs, and in how many each (source stem, target stem) occurs together. Counts from different threads or
 * partitions are added with {@link #merge}; the result does not depend on the order of adding or merging.
 *
 * <p>Bounded: at most {@code maxEntries} stems and stem pairs (both sides' stems plus the pairs) are held between
 * calls. When there would be more, the vocabulary is sampled by hash (Gibbons' distinct sampling): a stem is kept at
 * sampling level {@code L} when its hash ends in {@code L} zero bits, a pair when both its stems are kept, and the
 * level rises until the entries fit. Counts of what is kept stay exact, and the level reached is the lowest at which
 * the whole set's entries fit, whatever the order; only the word pairs of sampled-out stems are lost. Below the cap
 * ({@link #level()} 0) the lexicon learned is exactly {@link Lexicon#learn(java.util.Collection, int, double, int)}'s
 * over the same pairs. Not thread-safe: one instance per thread, then merge. Serializable, so that counts made in
 * other processes (Spark partitions) can be merged.
 */
public final class WordPairCounts implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Default cap on entries: about 1 million, at most about 60 MB (stems cost about 100 bytes, pairs 24-48), so that
     * a batch of one language pair stays within 256 MB of memory whatever its number of pairs.
     */
    public static final int DEFAULT_MAX_ENTRIES = 1 << 20;

    private final int maxEntries;
    private final Side sources = new Side();
    private final Side targets = new Side();
    private LongIntTable pairs = new LongIntTable();
    private int level;
    private long sentencePairs;

    public WordPairCounts() {
        this(DEFAULT_MAX_ENTRIES);
    }

    public WordPairCounts(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** Counts one aligned sentence pair's stems; a stem repeated on a side counts once. */
    public void add(List<String> sourceStems, List<String> targetStems) {
        int[] s = sources.count(new LinkedHashSet<>(sourceStems), level, 1);
        int[] t = targets.count(new LinkedHashSet<>(targetStems), level, 1);
        for (int source : s) {
            for (int target : t) {
                add(key(source, target), 1);
            }
        }
        sentencePairs++;
        fit();
    }

    /** Adds another instance's counts to these (the other is left as it was). */
    public void merge(WordPairCounts other) {
        if (other.level > level) {
            level = other.level;
            resample();
        }
        int[] s = sources.merge(other.sources, level);
        int[] t = targets.merge(other.targets, level);
        for (int slot = 0; slot < other.pairs.capacity(); slot++) {
            long key = other.pairs.keyAt(slot);
            if (key != LongKeys.EMPTY && s[source(key)] >= 0 && t[target(key)] >= 0) {
                add(key(s[source(key)], t[target(key)]), other.pairs.valueAt(slot));
            }
        }
        sentencePairs += other.sentencePairs;
        fit();
    }

    /** Sentence pairs counted. */
    public long sentencePairs() {
        return sentencePairs;
    }

    /** Stems of both sides and stem pairs held. */
    public int entries() {
        return sources.size() + targets.size() + pairs.size();
    }

    /** The sampling level: 0 while every stem is kept; at level L about one stem in 2^L is. */
    public int level() {
        return level;
    }

    /** Calls {@code visitor} with every stem pair held, its count and both stems' counts, in no fixed order. */
    void forEach(PairVisitor visitor) {
        for (int slot = 0; slot < pairs.capacity(); slot++) {
            long key = pairs.keyAt(slot);
            if (key != LongKeys.EMPTY) {
                int s = source(key);
                int t = target(key);
                visitor.visit(sources.word(s), targets.word(t), pairs.valueAt(slot), sources.frequency(s),
                        targets.frequency(t));
            }
        }
    }

    @FunctionalInterface
    interface PairVisitor {
        void visit(String source, String target, int together, int sourceCount, int targetCount);
    }

    private void fit() {
        while (entries() > maxEntries) {
            level++;
            resample();
        }
    }

    /** Drops the stems (and their pairs) that the current level no longer keeps. */
    private void resample() {
        int[] s = sources.resample(level);
        int[] t = targets.resample(level);
        LongIntTable old = pairs;
        pairs = new LongIntTable();
        for (int slot = 0; slot < old.capacity(); slot++) {
            long key = old.keyAt(slot);
            if (key != LongKeys.EMPTY && s[source(key)] >= 0 && t[target(key)] >= 0) {
                add(key(s[source(key)], t[target(key)]), old.valueAt(slot));
            }
        }
    }

    private void add(long key, int count) {
        pairs.add(key, count);
    }

    private static long key(int source, int target) {
        return ((long) source << 32) | target;
    }

    private static int source(long key) {
        return (int) (key >>> 32);
    }

    private static int target(long key) {
        return (int) key;
    }

    /** Whether the stem is kept at this level: its hash (of its characters, the same in every JVM) ends in level 0s. */
    private static boolean kept(String stem, int level) {
        return level == 0
                || level <= Long.SIZE && Long.numberOfTrailingZeros(LongKeys.mix(stem.hashCode())) >= level;
    }

    /** One side's stems, numbered densely, with the number of sentence pairs each occurs in. */
    private static final class Side implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] frequencies = new int[64];

        /** Counts each kept stem by {@code count}; returns their ids. */
        int[] count(Set<String> stems, int level, int count) {
            int[] counted = new int[stems.size()];
            int n = 0;
            for (String stem : stems) {
                if (kept(stem, level)) {
                    int id = id(stem);
                    frequencies[id] += count;
                    counted[n++] = id;
                }
            }
            return n == counted.length ? counted : Arrays.copyOf(counted, n);
        }

        /** Adds the other side's counts of the stems kept at this level; maps the other's ids to these (-1: not kept). */
        int[] merge(Side other, int level) {
            int[] mapped = new int[other.words.size()];
            for (int k = 0; k < mapped.length; k++) {
                String stem = other.words.get(k);
                if (kept(stem, level)) {
                    mapped[k] = id(stem);
                    frequencies[mapped[k]] += other.frequencies[k];
                } else {
                    mapped[k] = -1;
                }
            }
            return mapped;
        }

        /** Keeps the stems kept at this level, renumbered; maps old ids to new ones (-1: dropped). */
        int[] resample(int level) {
            int[] mapped = new int[words.size()];
            List<String> oldWords = new ArrayList<>(words);
            int[] oldFrequencies = frequencies;
            ids.clear();
            words.clear();
            frequencies = new int[64];
            for (int k = 0; k < mapped.length; k++) {
                if (kept(oldWords.get(k), level)) {
                    mapped[k] = id(oldWords.get(k));
                    frequencies[mapped[k]] = oldFrequencies[k];
                } else {
                    mapped[k] = -1;
                }
            }
            return mapped;
        }

        private int id(String stem) {
            Integer known = ids.get(stem);
            if (known != null) {
                return known;
            }
            int id = words.size();
            ids.put(stem, id);
            words.add(stem);
            if (id == frequencies.length) {
                frequencies = Arrays.copyOf(frequencies, 2 * id);
            }
            return id;
        }

        int size() {
            return words.size();
        }

        String word(int id) {
            return words.get(id);
        }

        int frequency(int id) {
            return frequencies[id];
        }
    }
}
