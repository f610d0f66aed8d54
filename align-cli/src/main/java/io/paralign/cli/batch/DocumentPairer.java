package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paralign.anchor.AnchorExtractor;
import io.paralign.anchor.StandardAnchorExtractor;

/**
 * Finds which documents of a folder are language versions of one article. Documents of the same language are never
 * paired. Each cross-language couple is scored by the anchors the two share (numbers, Latin tokens, names matched
 * across scripts; weighted as the anchor extractor weighs them); the cheap exact score ranks candidates, the
 * fuzzy name comparison runs on the best {@value #CANDIDATES} per document. Pairs are then taken best first, each
 * document at most once (a greedy one-to-one assignment), down to {@link #THRESHOLD}. The source of a pair is the
 * document in the source language: given, or the language most documents are in.
 */
public final class DocumentPairer {
    /** Lowest pairing score: unrelated articles of the same week share a few numbers, not a fifth of anchors. */
    public static final double THRESHOLD = 0.15;
    static final int CANDIDATES = 5;
    /** Folders up to this size compare names across all couples, not only those sharing an exact anchor. */
    static final int SMALL = 50;

    private final AnchorExtractor extractor = new StandardAnchorExtractor();

    /**
     * @param documents      the documents, in a stable order (it breaks ties)
     * @param sourceLanguage the language of pair sources, or null for the most frequent one
     */
    public Pairing pair(List<InputDocument> documents, String sourceLanguage) {
        List<AnchorProfile> profiles = documents.parallelStream()
                .map(d -> new AnchorProfile(d.text(), d.language(), extractor)).toList();
        String source = sourceLanguage != null ? primary(sourceLanguage) : majority(documents);
        int n = documents.size();
        double[][] exact = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (crossLanguage(documents, i, j)) {
                    exact[i][j] = exact[j][i] = profiles.get(i).exact(profiles.get(j));
                }
            }
        }
        Set<Long> shortlisted = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int row = i;
            java.util.stream.IntStream.range(0, n).filter(j -> exact[row][j] > 0 || crossLanguage(documents, row, j)
                            && n <= SMALL).boxed()
                    .sorted(Comparator.comparingDouble((Integer j) -> -exact[row][j]))
                    .limit(CANDIDATES).forEach(j -> shortlisted.add(key(row, j)));
        }
        List<DocumentPair> candidates = new ArrayList<>();
        for (long couple : shortlisted) {
            int i = (int) (couple >> 32);
            int j = (int) couple;
            double score = profiles.get(i).full(profiles.get(j));
            if (score >= THRESHOLD) {
                candidates.add(oriented(documents.get(i), documents.get(j), score, source));
            }
        }
        Map<InputDocument, Integer> order = new HashMap<>();
        for (int i = 0; i < n; i++) {
            order.put(documents.get(i), i);
        }
        candidates.sort(Comparator.comparingDouble(DocumentPair::score).reversed()
                .thenComparing(p -> order.get(p.source()))
                .thenComparing(p -> order.get(p.target())));
        List<DocumentPair> pairs = new ArrayList<>();
        Set<InputDocument> used = new HashSet<>();
        for (DocumentPair candidate : candidates) {
            if (!used.contains(candidate.source()) && !used.contains(candidate.target())) {
                pairs.add(candidate);
                used.add(candidate.source());
                used.add(candidate.target());
            }
        }
        return new Pairing(pairs, documents.stream().filter(d -> !used.contains(d)).toList());
    }

    private static boolean crossLanguage(List<InputDocument> documents, int i, int j) {
        return !primary(documents.get(i).language()).equals(primary(documents.get(j).language()));
    }

    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    private static DocumentPair oriented(InputDocument a, InputDocument b, double score, String source) {
        boolean aFirst = primary(a.language()).equals(source) || !primary(b.language()).equals(source);
        return aFirst ? new DocumentPair(a, b, score) : new DocumentPair(b, a, score);
    }

    /** The most frequent language; ties go to the one met first. */
    static String majority(List<InputDocument> documents) {
        Map<String, Long> counts = documents.stream().map(d -> primary(d.language()))
                .collect(Collectors.groupingBy(Function.identity(), java.util.LinkedHashMap::new,
                        Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    static String primary(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
