package io.paralign.score;

import io.paralign.cancel.Cancellation;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Word pairs that translate each other, learned without a dictionary from sentence pairs that a first alignment
 * pass found (hunalign's "realign" idea; Varga et al. 2005): two stems that occur together in aligned pairs far more
 * often than apart are taken as translations, ranked by the Dice coefficient. Immutable; serializable, so that a
 * lexicon learned once can be sent to other processes (a Spark broadcast).
 */
public final class Lexicon implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;

    /** No word pairs. */
    public static final Lexicon EMPTY = new Lexicon(Map.of());

    /** Each source stem's translations, distinct: arrays, so that reading them builds no iterator. */
    private final Map<String, String[]> translations;
    /** A table consulted as well (the larger side of a {@link #merge}), or null. */
    private final Lexicon base;

    private Lexicon(Map<String, String[]> translations) {
        this(translations, null);
    }

    private Lexicon(Map<String, String[]> translations, Lexicon base) {
        this.translations = translations;
        this.base = base;
    }

    /** Target stems the source stem translates to; empty when unknown. */
    public Set<String> translations(String sourceStem) {
        String[] ownWords = translations.get(sourceStem);
        Set<String> own = ownWords == null ? Set.of() : Set.of(ownWords);
        if (base == null) {
            return own;
        }
        Set<String> inherited = base.translations(sourceStem);
        if (own.isEmpty() || inherited.containsAll(own)) {
            return inherited;
        }
        if (inherited.isEmpty()) {
            return own;
        }
        Set<String> union = new HashSet<>(inherited);
        union.addAll(own);
        return Set.copyOf(union);
    }

    /**
     * Each target stem the source stem translates to, this table's then its base's, without building their union:
     * a stem both give is given twice.
     */
    void forEachTranslation(String sourceStem, Consumer<String> action) {
        String[] own = translations.get(sourceStem);
        if (own != null) {
            for (String translation : own) {
                action.accept(translation);
            }
        }
        if (base != null) {
            base.forEachTranslation(sourceStem, action);
        }
    }

    public int size() {
        return table().values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Both tables' pairs. The larger table is not copied: the result looks words up in the smaller one and then in
     * the larger, so that merging a set-level lexicon of many thousand words with the few a document learned costs
     * what the document learned (in a batch it ran once a pair and copied the whole set-level table each time).
     */
    public Lexicon merge(Lexicon other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Lexicon larger = other.entries() > entries() ? other : this;
        Lexicon smaller = larger == this ? other : this;
        return new Lexicon(smaller.base == null ? smaller.translations : arrays(smaller.table()), larger);
    }

    private boolean isEmpty() {
        return translations.isEmpty() && (base == null || base.isEmpty());
    }

    private int entries() {
        return translations.size() + (base == null ? 0 : base.entries());
    }

    /** Every pair in one table: this table and its base's, merged. */
    private Map<String, Set<String>> table() {
        Map<String, Set<String>> merged = new HashMap<>();
        if (base != null) {
            base.table().forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }
        translations.forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(List.of(v)));
        return merged;
    }

    /** A table of sets as one of arrays. */
    private static Map<String, String[]> arrays(Map<String, Set<String>> table) {
        Map<String, String[]> out = new HashMap<>();
        table.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return Map.copyOf(out);
    }

    /**
     * Learns word pairs from aligned sentence pairs.
     *
     * @param pairs    each pair's source stems and target stems
     * @param minCount how many pairs a word pair must co-occur in
     * @param minDice  smallest Dice coefficient {@code 2 c(s,t) / (c(s) + c(t))} kept
     * @param maxPerWord how many translations to keep per source stem, the best: higher Dice, then more
     *                   co-occurrences, then alphabetical order
     */
    public static Lexicon learn(Collection<TokenPair> pairs, int minCount, double minDice, int maxPerWord) {
        Stems sourceStems = new Stems();
        Stems targetStems = new Stems();
        List<int[]> source = new ArrayList<>(pairs.size());
        List<int[]> target = new ArrayList<>(pairs.size());
        for (TokenPair pair : pairs) {
            source.add(sourceStems.ids(pair.source()));
            target.add(targetStems.ids(pair.target()));
        }
        return learn(sourceStems, source, targetStems, target, minCount, minDice, maxPerWord);
    }

    /**
     * Learns word pairs from aligned sentence pairs of two texts whose stems are numbered; the same table as
     * {@link #learn(Collection, int, double, int)} over the same pairs as strings.
     *
     * @param sourceStems the numbers of the source text's stems
     * @param source      each pair's source stems, as those numbers
     * @param targetStems the numbers of the target text's stems
     * @param target      each pair's target stems, as those numbers, in the order of {@code source}
     */
    static Lexicon learn(Stems sourceStems, List<int[]> source, Stems targetStems, List<int[]> target, int minCount,
                         double minDice, int maxPerWord) {
        StemCounts sourceWords = new StemCounts(sourceStems.size());
        StemCounts targetWords = new StemCounts(targetStems.size());
        List<int[]> sourceIds = new ArrayList<>(source.size());
        List<int[]> targetIds = new ArrayList<>(target.size());
        for (int p = 0; p < source.size(); p++) {
            sourceIds.add(sourceWords.count(source.get(p)));
            targetIds.add(targetWords.count(target.get(p)));
        }
        // a word pair co-occurs at most as often as its rarer word occurs: rarer words than minCount are skipped
        int[] frequentSources = sourceWords.atLeast(minCount);
        int[][] pairsOf = new int[sourceWords.size()][];
        for (int s : frequentSources) {
            pairsOf[s] = new int[sourceWords.frequency(s)];
        }
        int[] filled = new int[sourceWords.size()];
        int[][] targets = new int[sourceIds.size()][];
        for (int p = 0; p < sourceIds.size(); p++) {
            Cancellation.check("learning word pairs");
            targets[p] = targetWords.atLeast(targetIds.get(p), minCount);
            for (int s : sourceIds.get(p)) {
                if (pairsOf[s] != null) {
                    pairsOf[s][filled[s]++] = p;
                }
            }
        }
        // each frequent source stem's co-occurrences counted in one row, its candidates taken in target order
        int[] row = new int[targetWords.size()];
        int[] touched = new int[targetWords.size()];
        Map<String, String[]> table = new HashMap<>();
        for (int s : frequentSources) {
            Cancellation.check("learning word pairs");
            int fs = sourceWords.frequency(s);
            int n = 0;
            for (int p : pairsOf[s]) {
                for (int t : targets[p]) {
                    // a pair's Dice is at most 2 min(f_s, f_t) / (f_s + f_t)
                    int ft = targetWords.frequency(t);
                    if (2.0 * Math.min(fs, ft) / (fs + ft) >= minDice && row[t]++ == 0) {
                        touched[n++] = t;
                    }
                }
            }
            Arrays.sort(touched, 0, n);
            List<Candidate> candidates = null;
            for (int k = 0; k < n; k++) {
                int t = touched[k];
                int count = row[t];
                row[t] = 0;
                double dice = 2.0 * count / (fs + targetWords.frequency(t));
                if (count >= minCount && dice >= minDice) {
                    if (candidates == null) {
                        candidates = new ArrayList<>(2);
                    }
                    candidates.add(new Candidate(targetStems.stem(t), dice, count));
                }
            }
            if (candidates != null) {
                table.put(sourceStems.stem(s), best(candidates, maxPerWord));
            }
        }
        return new Lexicon(Map.copyOf(table));
    }

    /**
     * Learns word pairs from counts gathered over a set of aligned sentence pairs; the same table as
     * {@link #learn(Collection, int, double, int)} over the same pairs when {@code counts} were not sampled
     * ({@link WordPairCounts#level()} 0).
     */
    public static Lexicon learn(WordPairCounts counts, int minCount, double minDice, int maxPerWord) {
        Map<String, List<Candidate>> kept = new HashMap<>();
        counts.forEach((source, target, together, sourceCount, targetCount) -> {
            double dice = 2.0 * together / (sourceCount + targetCount);
            if (together >= minCount && dice >= minDice) {
                kept.computeIfAbsent(source, s -> new ArrayList<>(2)).add(new Candidate(target, dice, together));
            }
        });
        Map<String, String[]> table = new HashMap<>();
        kept.forEach((source, candidates) -> table.put(source, best(candidates, maxPerWord)));
        return new Lexicon(Map.copyOf(table));
    }

    /** The words of the {@code k} best candidates (all when there are no more), by {@link #better}. */
    private static String[] best(List<Candidate> candidates, int k) {
        if (candidates.size() <= k) {
            return words(candidates.toArray(Candidate[]::new), candidates.size());
        }
        // insertion into a sorted window of k: far cheaper than sorting every candidate of a frequent word
        Candidate[] top = new Candidate[k];
        int n = 0;
        for (Candidate candidate : candidates) {
            if (n == k && !better(candidate, top[k - 1])) {
                continue;
            }
            int at = n < k ? n++ : k - 1;
            while (at > 0 && better(candidate, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = candidate;
        }
        return words(top, n);
    }

    /** The words of the first {@code n} candidates, distinct as one source word's candidates are. */
    private static String[] words(Candidate[] candidates, int n) {
        String[] words = new String[n];
        for (int k = 0; k < n; k++) {
            words[k] = candidates[k].word();
        }
        return words;
    }

    /** Higher Dice first, then more co-occurrences, then alphabetical order. */
    private static boolean better(Candidate a, Candidate b) {
        if (a.dice() != b.dice()) {
            return a.dice() > b.dice();
        }
        if (a.count() != b.count()) {
            return a.count() > b.count();
        }
        return a.word().compareTo(b.word()) < 0;
    }

    /** Equal when both hold the same word pairs. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Lexicon lexicon && table().equals(lexicon.table());
    }

    @Override
    public int hashCode() {
        return table().hashCode();
    }

    @Override
    public String toString() {
        return "Lexicon" + new java.util.TreeMap<>(table());
    }

    private record Candidate(String word, double dice, int count) {
    }

    /** How many pairs each stem of a text occurs in, by the stem's number. */
    private static final class StemCounts {
        private final int[] frequencies;
        /** The last pair each stem was counted in (its position among the pairs counted, from 1). */
        private final int[] lastPair;
        private int pairs;

        StemCounts(int stems) {
            frequencies = new int[stems];
            lastPair = new int[stems];
        }

        /** The distinct ids of one pair's stems, in order of first appearance, each counted once. */
        int[] count(int[] stems) {
            pairs++;
            int[] distinct = new int[stems.length];
            int n = 0;
            for (int id : stems) {
                if (lastPair[id] != pairs) {
                    lastPair[id] = pairs;
                    distinct[n++] = id;
                    frequencies[id]++;
                }
            }
            return n == distinct.length ? distinct : Arrays.copyOf(distinct, n);
        }

        /** Every id occurring in at least {@code min} pairs, ascending. */
        int[] atLeast(int min) {
            return IntStream.range(0, frequencies.length).filter(id -> frequencies[id] >= min).toArray();
        }

        int size() {
            return frequencies.length;
        }

        /** The ids occurring in at least {@code min} pairs. */
        int[] atLeast(int[] ids, int min) {
            int[] kept = new int[ids.length];
            int n = 0;
            for (int id : ids) {
                if (frequencies[id] >= min) {
                    kept[n++] = id;
                }
            }
            return n == ids.length ? kept : Arrays.copyOf(kept, n);
        }

        int frequency(int id) {
            return frequencies[id];
        }
    }

    /** Source and target stems of one aligned pair. */
    public record TokenPair(List<String> source, List<String> target) {
        public TokenPair {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }
}
