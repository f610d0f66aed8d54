package io.paralign.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paralign.anchor.AnchorExtractor;
import io.paralign.anchor.StandardAnchorExtractor;
import io.paralign.model.LanguageTags;

/**
 * Finds which documents of a folder are language versions of one article, from two kinds of evidence: file names and
 * shared anchors. Documents of the same language are never paired.
 *
 * <p>Names: two documents are name-mates when their names leave the same stem once the word naming each one's
 * language is taken out ({@link NameStems}: {@code 001.ar.txt} / {@code 001.fr.txt}, {@code ar/001.txt} /
 * {@code fr/001.txt}).
 *
 * <p>Anchors: each cross-language couple is scored by the anchors the two share (numbers, Latin tokens, names
 * matched across scripts; weighted as the anchor extractor weighs them); the cheap exact score ranks candidates, the
 * fuzzy name comparison runs on the best {@value #CANDIDATES} per document and on every name-mate couple.
 *
 * <p>The rule: name-mates are paired first, unless the anchors strongly contradict the names (the mates' anchor score
 * is under {@link #THRESHOLD} while one of them scores at least {@value #CONTRADICTION} with a third document, and
 * {@value #MARGIN} more than with its mate). Anchors then pair the rest, down to {@link #THRESHOLD}. Within each
 * stage pairs are taken best first, each document at most once (a greedy one-to-one assignment). The score says
 * how sure a pair is: the anchor score for a pair by anchors alone; for name-mates,
 * {@code 1 - (1 - }{@value #NAME_EVIDENCE}{@code )(1 - anchor score)}, the name counting as independent evidence
 * worth {@value #NAME_EVIDENCE} on its own. The source of a pair is the document in the source language: given, or
 * the language most documents are in.
 */
public final class DocumentPairer {
    /** Lowest pairing score: unrelated articles of the same week share a few numbers, not a fifth of anchors. */
    public static final double THRESHOLD = 0.15;
    /** How sure a name-mate couple is on its name alone. */
    static final double NAME_EVIDENCE = 0.6;
    /** An anchor score with a third document that can overrule a name (true pairs score 0.2 to 0.5). */
    static final double CONTRADICTION = 0.3;
    static final double MARGIN = 0.15;
    static final int CANDIDATES = 5;
    /** Folders up to this size compare names across all couples, not only those sharing an exact anchor. */
    static final int SMALL = 50;

    private final AnchorExtractor extractor = new StandardAnchorExtractor();

    /** As {@link #pair(List, String, PairingProgress)}, showing no progress. */
    public Pairing pair(List<InputDocument> documents, String sourceLanguage) {
        return pair(documents, sourceLanguage, PairingProgress.SILENT);
    }

    /**
     * @param documents      the documents, in a stable order (it breaks ties)
     * @param sourceLanguage the language of pair sources, or null for the most frequent one
     * @param progress       where reading anchors and comparing documents report their progress
     */
    public Pairing pair(List<InputDocument> documents, String sourceLanguage, PairingProgress progress) {
        String source = sourceLanguage != null ? LanguageTags.primary(sourceLanguage) : majority(documents);
        Couples couples = new Couples(documents, profiles(documents, progress));
        couples.scoreShortlist(progress.start("pairing: comparing anchors", "documents", documents.size()));
        Set<Long> mates = NameMates.couples(documents);
        mates.forEach(couples::score);

        List<DocumentPair> byName = new ArrayList<>();
        for (long couple : mates) {
            if (!couples.contradicted(couple, mates)) {
                double anchors = couples.score(couple);
                byName.add(couples.pair(couple, 1 - (1 - NAME_EVIDENCE) * (1 - anchors),
                        anchors >= THRESHOLD ? PairedBy.NAME_AND_ANCHORS : PairedBy.NAME, source));
            }
        }
        List<DocumentPair> byAnchors = new ArrayList<>();
        couples.scored().forEach((couple, score) -> {
            if (score >= THRESHOLD && !mates.contains(couple)) {
                byAnchors.add(couples.pair(couple, score, PairedBy.ANCHORS, source));
            }
        });
        Set<InputDocument> used = new HashSet<>();
        List<DocumentPair> pairs = new ArrayList<>();
        pairs.addAll(assign(byName, documents, used));
        pairs.addAll(assign(byAnchors, documents, used));
        pairs.sort(Comparator.comparingDouble(DocumentPair::score).reversed());
        List<InputDocument> unpaired = documents.stream().filter(d -> !used.contains(d)).toList();
        return new Pairing(pairs, unpaired, NameMates.of(unpaired, mates, documents));
    }

    private List<AnchorProfile> profiles(List<InputDocument> documents, PairingProgress tasks) {
        PairingProgress.Task progress = tasks.start("pairing: reading anchors", "documents", documents.size());
        return documents.parallelStream().map(d -> {
            AnchorProfile profile = new AnchorProfile(d.text(), d.language(), extractor);
            progress.step();
            return profile;
        }).toList();
    }

    /** Best first, each document at most once; ties go to input order. */
    private static List<DocumentPair> assign(List<DocumentPair> candidates, List<InputDocument> documents,
                                             Set<InputDocument> used) {
        Map<InputDocument, Integer> order = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            order.put(documents.get(i), i);
        }
        List<DocumentPair> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(DocumentPair::score).reversed()
                .thenComparing(p -> order.get(p.source()))
                .thenComparing(p -> order.get(p.target())));
        List<DocumentPair> pairs = new ArrayList<>();
        for (DocumentPair candidate : sorted) {
            if (!used.contains(candidate.source()) && !used.contains(candidate.target())) {
                pairs.add(candidate);
                used.add(candidate.source());
                used.add(candidate.target());
            }
        }
        return pairs;
    }

    static boolean crossLanguage(List<InputDocument> documents, int i, int j) {
        return !LanguageTags.primary(documents.get(i).language()).equals(LanguageTags.primary(documents.get(j).language()));
    }

    static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }

    /** The most frequent language; ties go to the one met first. */
    static String majority(List<InputDocument> documents) {
        Map<String, Long> counts = documents.stream().map(d -> LanguageTags.primary(d.language()))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
