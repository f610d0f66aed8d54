package io.paralign.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word pairs that translate each other, learned without a dictionary from sentence pairs that a first alignment
 * pass found (hunalign's "realign" idea; Varga et al. 2005): two stems that occur together in aligned pairs far more
 * often than apart are taken as translations, ranked by the Dice coefficient. Immutable.
 */
public final class Lexicon {
    /** No word pairs. */
    public static final Lexicon EMPTY = new Lexicon(Map.of());

    private final Map<String, Set<String>> translations;

    private Lexicon(Map<String, Set<String>> translations) {
        this.translations = translations;
    }

    /** Target stems the source stem translates to; empty when unknown. */
    public Set<String> translations(String sourceStem) {
        return translations.getOrDefault(sourceStem, Set.of());
    }

    public int size() {
        return translations.values().stream().mapToInt(Set::size).sum();
    }

    /** Both tables' pairs. */
    public Lexicon merge(Lexicon other) {
        if (other.translations.isEmpty()) {
            return this;
        }
        Map<String, Set<String>> merged = new HashMap<>();
        translations.forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        other.translations.forEach((k, v) -> merged.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        return freeze(merged);
    }

    /**
     * Learns word pairs from aligned sentence pairs.
     *
     * @param pairs    each pair's source stems and target stems
     * @param minCount how many pairs a word pair must co-occur in
     * @param minDice  smallest Dice coefficient {@code 2 c(s,t) / (c(s) + c(t))} kept
     * @param maxPerWord how many translations to keep per source stem, best first
     */
    public static Lexicon learn(Collection<TokenPair> pairs, int minCount, double minDice, int maxPerWord) {
        Map<String, Integer> sourceCounts = new HashMap<>();
        Map<String, Integer> targetCounts = new HashMap<>();
        Map<String, Map<String, Integer>> joint = new HashMap<>();
        for (TokenPair pair : pairs) {
            Set<String> source = new HashSet<>(pair.source());
            Set<String> target = new HashSet<>(pair.target());
            source.forEach(s -> sourceCounts.merge(s, 1, Integer::sum));
            target.forEach(t -> targetCounts.merge(t, 1, Integer::sum));
            for (String s : source) {
                Map<String, Integer> row = joint.computeIfAbsent(s, k -> new HashMap<>());
                for (String t : target) {
                    row.merge(t, 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> table = new HashMap<>();
        joint.forEach((s, row) -> {
            List<Map.Entry<String, Double>> kept = new ArrayList<>();
            row.forEach((t, c) -> {
                if (c >= minCount) {
                    double dice = 2.0 * c / (sourceCounts.get(s) + targetCounts.get(t));
                    if (dice >= minDice) {
                        kept.add(Map.entry(t, dice));
                    }
                }
            });
            kept.sort(Map.Entry.<String, Double>comparingByValue().reversed());
            if (!kept.isEmpty()) {
                Set<String> best = new HashSet<>();
                kept.stream().limit(maxPerWord).forEach(e -> best.add(e.getKey()));
                table.put(s, best);
            }
        });
        return freeze(table);
    }

    private static Lexicon freeze(Map<String, Set<String>> table) {
        Map<String, Set<String>> frozen = new HashMap<>();
        table.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Lexicon(Map.copyOf(frozen));
    }

    /** Source and target stems of one aligned pair. */
    public record TokenPair(List<String> source, List<String> target) {
        public TokenPair {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }
}
