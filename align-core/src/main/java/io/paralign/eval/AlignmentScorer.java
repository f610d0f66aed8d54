package io.paralign.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.paralign.model.Side;

/**
 * Strict and lax precision, recall and F1 of a test alignment against a gold alignment, as
 * defined by the {@code score.py} of Vecalign (B. Thompson and P. Koehn, "Vecalign: Improved
 * Sentence Alignment in Linear Time and Space", EMNLP 2019), which reimplements the scoring of
 * Bleualign (Sennrich and Volk 2010).
 *
 * <ul>
 *   <li>Each alignment is taken as a set of beads (duplicates count once).
 *   <li>A bead is a <em>strict</em> hit when the other alignment holds the same bead, and a
 *       <em>lax</em> hit when it is a strict hit or the other alignment holds a bead that shares a
 *       source sentence and a target sentence with it.
 *   <li>Precision runs over every test bead, 1-0 and 0-1 beads included (such a bead can only be
 *       a strict hit). Recall is the same count with the roles swapped, over the gold beads, and
 *       with the 1-0 and 0-1 beads removed from both alignments.
 *   <li>Over several documents the counts are summed before dividing (micro-average).
 *   <li>A ratio with a zero denominator is 0; F1 is 0 when precision and recall are.
 * </ul>
 *
 * <p>Not in {@code score.py}: the <em>unmatched</em> score compares the sentences the test leaves
 * unmatched (in 1-0 and 0-1 beads) with those the gold leaves unmatched, as sets of (side, id).
 */
public final class AlignmentScorer {
    private AlignmentScorer() {
    }

    /** Scores one document. */
    public static AlignmentEvaluation score(List<BeadIds> gold, List<BeadIds> test) {
        return count(gold, test).evaluation();
    }

    /**
     * Scores several documents together: {@code golds.get(i)} is the gold of {@code tests.get(i)}.
     */
    public static AlignmentEvaluation scorePooled(List<List<BeadIds>> golds, List<List<BeadIds>> tests) {
        if (golds.size() != tests.size()) {
            throw new IllegalArgumentException(
                    golds.size() + " gold alignments for " + tests.size() + " test alignments");
        }
        Counts total = Counts.NONE;
        for (int i = 0; i < golds.size(); i++) {
            total = total.plus(count(golds.get(i), tests.get(i)));
        }
        return total.evaluation();
    }

    static Counts count(List<BeadIds> gold, List<BeadIds> test) {
        Set<BeadIds> goldSet = new LinkedHashSet<>(gold);
        Set<BeadIds> testSet = new LinkedHashSet<>(test);
        Hits precision = hits(testSet, goldSet);
        Hits recall = hits(links(goldSet), links(testSet));
        Set<Unmatched> goldUnmatched = unmatched(goldSet);
        Set<Unmatched> testUnmatched = unmatched(testSet);
        int unmatchedHits = (int) testUnmatched.stream().filter(goldUnmatched::contains).count();
        return new Counts(1,
                testSet.size(), precision.strict(), precision.lax(),
                recall.total(), recall.strict(), recall.lax(),
                goldSet.size(),
                testUnmatched.size(), goldUnmatched.size(), unmatchedHits);
    }

    /** Counts the beads of {@code scored} that are strict and lax hits against {@code reference}. */
    private static Hits hits(Set<BeadIds> scored, Set<BeadIds> reference) {
        Map<Integer, Set<Integer>> targetsOfSource = new HashMap<>();
        for (BeadIds bead : reference) {
            for (int source : bead.source()) {
                targetsOfSource.computeIfAbsent(source, s -> new HashSet<>()).addAll(bead.target());
            }
        }
        int strict = 0;
        int lax = 0;
        for (BeadIds bead : scored) {
            if (reference.contains(bead)) {
                strict++;
                lax++;
            } else if (overlaps(bead, targetsOfSource)) {
                lax++;
            }
        }
        return new Hits(strict, lax, scored.size());
    }

    /** True when a reference bead shares a source and a target sentence with the bead. */
    private static boolean overlaps(BeadIds bead, Map<Integer, Set<Integer>> targetsOfSource) {
        for (int source : bead.source()) {
            Set<Integer> targets = targetsOfSource.getOrDefault(source, Set.of());
            for (int target : bead.target()) {
                if (targets.contains(target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<BeadIds> links(Collection<BeadIds> beads) {
        return beads.stream().filter(b -> !b.hasEmptySide())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Unmatched> unmatched(Collection<BeadIds> beads) {
        Set<Unmatched> unmatched = new HashSet<>();
        for (BeadIds bead : beads) {
            if (bead.target().isEmpty()) {
                bead.source().forEach(id -> unmatched.add(new Unmatched(Side.SOURCE, id)));
            } else if (bead.source().isEmpty()) {
                bead.target().forEach(id -> unmatched.add(new Unmatched(Side.TARGET, id)));
            }
        }
        return unmatched;
    }

    private record Hits(int strict, int lax, int total) {
    }

    private record Unmatched(Side side, int id) {
    }
}
