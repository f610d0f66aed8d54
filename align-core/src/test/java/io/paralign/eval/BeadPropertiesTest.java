package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the bead format and of {@link AlignmentScorer} over valid alignments: beads in order, each
 * sentence of either side in exactly one bead, shapes 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2. Test alignments are made from
 * a gold one by one edit an aligner could make (merge two neighbour beads, split one, shift a sentence across a
 * boundary), so the expected strict scores follow from the edit: the beads it changes are misses, the others hits.
 */
class BeadPropertiesTest {

    /** A bead shape: how many source and target sentences it joins. */
    record Shape(int source, int target) {
    }

    /**
     * A gold alignment and a test alignment made from it by one edit.
     *
     * @param edit    what was done, for failure messages
     * @param changed the gold beads the edit replaced
     * @param added   the beads it put in their place, none of them a gold bead
     */
    record Edited(List<BeadIds> gold, List<BeadIds> test, String edit, List<BeadIds> changed, List<BeadIds> added) {
    }

    @Provide
    Arbitrary<List<BeadIds>> alignments() {
        // 1-1 beads dominate real alignments; the other shapes are rarer but each is drawn often enough
        Arbitrary<Shape> shape = Arbitraries.frequency(
                Tuple.of(8, new Shape(1, 1)),
                Tuple.of(2, new Shape(1, 0)),
                Tuple.of(2, new Shape(0, 1)),
                Tuple.of(2, new Shape(2, 1)),
                Tuple.of(2, new Shape(1, 2)),
                Tuple.of(1, new Shape(2, 2)));
        return shape.list().ofMinSize(1).ofMaxSize(25).map(BeadPropertiesTest::alignment);
    }

    /** Alignments that hold at least one bead with both sides, so that recall has something to count. */
    @Provide
    Arbitrary<List<BeadIds>> linkedAlignments() {
        return alignments().filter(beads -> beads.stream().anyMatch(b -> !b.hasEmptySide()));
    }

    /** Alignments of 1-1, 2-1, 1-2 and 2-2 beads only, where precision and recall count the same beads. */
    @Provide
    Arbitrary<List<BeadIds>> linkOnlyAlignments() {
        Arbitrary<Shape> shape = Arbitraries.of(new Shape(1, 1), new Shape(2, 1), new Shape(1, 2), new Shape(2, 2));
        return shape.list().ofMinSize(1).ofMaxSize(25).map(BeadPropertiesTest::alignment);
    }

    @Provide
    Arbitrary<Edited> edited() {
        // an edit that does not apply to a gold alignment (no neighbour to merge with, nothing to split) is null
        return alignments().flatMap(gold -> Arbitraries.oneOf(merges(gold), splits(gold), shifts(gold)))
                .filter(Objects::nonNull);
    }

    /** Any beads, valid or not (unordered, overlapping ids): the file format must carry them all. */
    @Provide
    Arbitrary<List<BeadIds>> anyBeads() {
        Arbitrary<List<Integer>> ids = Arbitraries.integers().between(0, 5000).list().ofMaxSize(4);
        Arbitrary<BeadIds> bead = Combinators.combine(ids, ids)
                .filter((s, t) -> !s.isEmpty() || !t.isEmpty())
                .as(BeadIds::new);
        return bead.list().ofMaxSize(30);
    }

    @Property
    void generatedAlignmentsAreValid(@ForAll("alignments") List<BeadIds> beads) {
        int sources = count(beads, true);
        int targets = count(beads, false);
        BeadIds.validate(beads, sources, targets);
        assertEquals(IntStream.range(0, sources).boxed().toList(), ids(beads, true));
        assertEquals(IntStream.range(0, targets).boxed().toList(), ids(beads, false));
    }

    @Property
    void writeThenParseIsIdentity(@ForAll("anyBeads") List<BeadIds> beads) {
        assertEquals(beads, BeadFormat.parse(BeadFormat.write(beads)));
    }

    @Property
    void spacedFormIsReadTheSame(@ForAll("anyBeads") List<BeadIds> beads) {
        String spaced = beads.stream()
                .map(b -> spaced(b.source()) + " : " + spaced(b.target()) + "  \n\n")
                .collect(Collectors.joining());
        assertEquals(beads, BeadFormat.parse(spaced));
    }

    @Property
    void ladderWriteThenParseIsIdentity(@ForAll("alignments") List<BeadIds> beads) {
        List<Double> scores = Collections.nCopies(beads.size(), 0.5);
        assertEquals(beads, LadderFormat.parse(LadderFormat.write(beads, scores)));
    }

    @Property
    void goldAgainstItselfScoresOne(@ForAll("linkedAlignments") List<BeadIds> gold) {
        AlignmentEvaluation e = AlignmentScorer.score(gold, gold);
        assertEquals(new PrfScore(1, 1, 1), e.strict());
        assertEquals(new PrfScore(1, 1, 1), e.lax());
        boolean leavesSomethingOut = gold.stream().anyMatch(BeadIds::hasEmptySide);
        assertEquals(leavesSomethingOut ? new PrfScore(1, 1, 1) : new PrfScore(0, 0, 0), e.unmatched());
        assertEquals(gold.size(), e.goldBeads());
        assertEquals(gold.size(), e.testBeads());
    }

    /** Each edit changes some gold beads; those are the only misses, so strict P and R follow from counts. */
    @Property
    void everyEditLowersStrictF1ByWhatItChanged(@ForAll("edited") Edited e) {
        AlignmentEvaluation score = AlignmentScorer.score(e.gold(), e.test());
        int goldBeads = e.gold().size();
        int testBeads = e.test().size();
        assertEquals(goldBeads - e.changed().size() + e.added().size(), testBeads, e.edit());
        long goldLinks = e.gold().stream().filter(b -> !b.hasEmptySide()).count();
        long changedLinks = e.changed().stream().filter(b -> !b.hasEmptySide()).count();
        double precision = (double) (goldBeads - e.changed().size()) / testBeads;
        double recall = goldLinks == 0 ? 0 : (double) (goldLinks - changedLinks) / goldLinks;
        assertEquals(precision, score.strict().precision(), 1e-12, e.edit());
        assertEquals(recall, score.strict().recall(), 1e-12, e.edit());
        assertTrue(score.strict().f1() < 1.0, e.edit());
        assertTrue(score.lax().precision() >= score.strict().precision());
        assertTrue(score.lax().recall() >= score.strict().recall());
    }

    /** Merging two neighbour beads that both join sentences of each side keeps every lax hit. */
    @Property
    void mergingTwoLinksIsALaxHit(@ForAll("linkOnlyAlignments") List<BeadIds> gold, @ForAll int seed) {
        if (gold.size() < 2) {
            return;
        }
        int k = Math.floorMod(seed, gold.size() - 1);
        List<BeadIds> test = merged(gold, k);
        AlignmentEvaluation e = AlignmentScorer.score(gold, test);
        assertEquals(new PrfScore(1, 1, 1), e.lax());
        assertTrue(e.strict().f1() < 1.0);
    }

    /** Without 1-0 and 0-1 beads, swapping gold and test swaps precision and recall, strict and lax. */
    @Property
    void swappingGoldAndTestSwapsPrecisionAndRecall(@ForAll("linkOnlyAlignments") List<BeadIds> a,
            @ForAll("linkOnlyAlignments") List<BeadIds> b) {
        AlignmentEvaluation ab = AlignmentScorer.score(a, b);
        AlignmentEvaluation ba = AlignmentScorer.score(b, a);
        assertEquals(ab.strict().precision(), ba.strict().recall(), 1e-12);
        assertEquals(ab.strict().recall(), ba.strict().precision(), 1e-12);
        assertEquals(ab.lax().precision(), ba.lax().recall(), 1e-12);
        assertEquals(ab.lax().recall(), ba.lax().precision(), 1e-12);
        assertEquals(ab.strict().f1(), ba.strict().f1(), 1e-12);
    }

    /** The sentences left unmatched are compared as sets, so their precision and recall swap with the roles. */
    @Property
    void swappingGoldAndTestSwapsUnmatchedPrecisionAndRecall(@ForAll("edited") Edited e) {
        AlignmentEvaluation forward = AlignmentScorer.score(e.gold(), e.test());
        AlignmentEvaluation backward = AlignmentScorer.score(e.test(), e.gold());
        assertEquals(forward.unmatched().precision(), backward.unmatched().recall(), 1e-12);
        assertEquals(forward.unmatched().recall(), backward.unmatched().precision(), 1e-12);
        assertEquals(forward.goldUnmatched(), backward.testUnmatched());
    }

    @Property
    void laxIsNeverBelowStrict(@ForAll("alignments") List<BeadIds> gold, @ForAll("alignments") List<BeadIds> test) {
        AlignmentEvaluation e = AlignmentScorer.score(gold, test);
        assertTrue(e.lax().precision() >= e.strict().precision());
        assertTrue(e.lax().recall() >= e.strict().recall());
    }

    @Property
    void poolingCopiesOfOneDocumentChangesNothing(@ForAll("edited") Edited e) {
        AlignmentEvaluation one = AlignmentScorer.score(e.gold(), e.test());
        AlignmentEvaluation two = AlignmentScorer.scorePooled(List.of(e.gold(), e.gold()),
                List.of(e.test(), e.test()));
        assertEquals(one.strict(), two.strict());
        assertEquals(one.lax(), two.lax());
        assertEquals(one.unmatched(), two.unmatched());
        assertEquals(2 * one.goldBeads(), two.goldBeads());
        assertEquals(2, two.documents());
    }

    /** Pooling a perfect document with an edited one lands between the two documents' scores. */
    @Property
    void pooledPrecisionLiesBetweenTheDocuments(@ForAll("edited") Edited e,
            @ForAll("linkedAlignments") List<BeadIds> perfect) {
        double edited = AlignmentScorer.score(e.gold(), e.test()).strict().precision();
        double pooled = AlignmentScorer.scorePooled(List.of(e.gold(), perfect), List.of(e.test(), perfect))
                .strict().precision();
        assertTrue(pooled > edited && pooled < 1.0, edited + " < " + pooled + " < 1");
    }

    // --- valid alignments and edits -------------------------------------------------------------------------

    /** Beads of the given shapes, one after another from sentence 0 on both sides. */
    private static List<BeadIds> alignment(List<Shape> shapes) {
        List<BeadIds> beads = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (Shape shape : shapes) {
            beads.add(new BeadIds(range(s, shape.source()), range(t, shape.target())));
            s += shape.source();
            t += shape.target();
        }
        return beads;
    }

    /** Two neighbour beads joined into one. */
    private static Arbitrary<Edited> merges(List<BeadIds> gold) {
        if (gold.size() < 2) {
            return Arbitraries.just(null);
        }
        return Arbitraries.integers().between(0, gold.size() - 2).map(k -> new Edited(gold, merged(gold, k),
                "merge " + k, gold.subList(k, k + 2), List.of(merged(gold, k).get(k))));
    }

    private static List<BeadIds> merged(List<BeadIds> gold, int k) {
        List<BeadIds> test = new ArrayList<>(gold);
        BeadIds a = test.remove(k);
        BeadIds b = test.remove(k);
        test.add(k, new BeadIds(concat(a.source(), b.source()), concat(a.target(), b.target())));
        return test;
    }

    /**
     * A bead of two or more sentences cut into two beads, each keeping a prefix or the rest of each side: a 2-1 bead
     * [0,1]:[0] may become [0]:[0] and [1]:[], or [0]:[] and [1]:[0], or [0,1]:[] and []:[0].
     */
    private static Arbitrary<Edited> splits(List<BeadIds> gold) {
        List<Integer> splittable = IntStream.range(0, gold.size())
                .filter(k -> gold.get(k).source().size() + gold.get(k).target().size() >= 2).boxed().toList();
        if (splittable.isEmpty()) {
            return Arbitraries.just(null);
        }
        return Arbitraries.of(splittable).flatMap(k -> {
            BeadIds bead = gold.get(k);
            int s = bead.source().size();
            int t = bead.target().size();
            return Combinators.combine(Arbitraries.integers().between(0, s), Arbitraries.integers().between(0, t))
                    .as((cs, ct) -> {
                        BeadIds first = new BeadIds(bead.source().subList(0, cs), bead.target().subList(0, ct));
                        BeadIds second = new BeadIds(bead.source().subList(cs, s), bead.target().subList(ct, t));
                        List<BeadIds> test = new ArrayList<>(gold);
                        test.set(k, second);
                        test.add(k, first);
                        return new Edited(gold, test, "split " + k + " at " + cs + "/" + ct, List.of(bead),
                                List.of(first, second));
                    })
                    .ignoreException(IllegalArgumentException.class);
        });
    }

    /** The last sentence of a side of bead k moved to the start of bead k + 1, or the first of k + 1 to k's end. */
    private static Arbitrary<Edited> shifts(List<BeadIds> gold) {
        List<Edited> edits = new ArrayList<>();
        for (int k = 0; k + 1 < gold.size(); k++) {
            BeadIds a = gold.get(k);
            BeadIds b = gold.get(k + 1);
            for (boolean source : new boolean[] {true, false}) {
                List<Integer> left = source ? a.source() : a.target();
                List<Integer> right = source ? b.source() : b.target();
                if (left.size() + (source ? a.target() : a.source()).size() >= 2 && !left.isEmpty()) {
                    List<Integer> l = left.subList(0, left.size() - 1);
                    List<Integer> r = concat(List.of(left.get(left.size() - 1)), right);
                    edits.add(shifted(gold, k, source, l, r, "shift " + k + (source ? " source" : " target")
                            + " right"));
                }
                if (right.size() + (source ? b.target() : b.source()).size() >= 2 && !right.isEmpty()) {
                    List<Integer> l = concat(left, List.of(right.get(0)));
                    List<Integer> r = right.subList(1, right.size());
                    edits.add(shifted(gold, k, source, l, r, "shift " + k + (source ? " source" : " target")
                            + " left"));
                }
            }
        }
        return edits.isEmpty() ? Arbitraries.just(null) : Arbitraries.of(edits);
    }

    private static Edited shifted(List<BeadIds> gold, int k, boolean source, List<Integer> left, List<Integer> right,
                                  String edit) {
        BeadIds a = gold.get(k);
        BeadIds b = gold.get(k + 1);
        BeadIds newA = source ? new BeadIds(left, a.target()) : new BeadIds(a.source(), left);
        BeadIds newB = source ? new BeadIds(right, b.target()) : new BeadIds(b.source(), right);
        List<BeadIds> test = new ArrayList<>(gold);
        test.set(k, newA);
        test.set(k + 1, newB);
        return new Edited(gold, test, edit, List.of(a, b), List.of(newA, newB));
    }

    private static List<Integer> range(int from, int count) {
        return IntStream.range(from, from + count).boxed().toList();
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int count(List<BeadIds> beads, boolean source) {
        return beads.stream().mapToInt(b -> (source ? b.source() : b.target()).size()).sum();
    }

    /** Every id of a side in bead order. */
    private static List<Integer> ids(List<BeadIds> beads, boolean source) {
        return beads.stream().flatMap(b -> (source ? b.source() : b.target()).stream()).toList();
    }

    private static String spaced(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" , ", "[ ", " ]"));
    }

    @Property
    void editsChangeTheAlignment(@ForAll("edited") Edited e) {
        assertNotEquals(e.gold(), e.test());
        int sources = count(e.gold(), true);
        int targets = count(e.gold(), false);
        BeadIds.validate(e.test(), sources, targets);
        assertEquals(ids(e.gold(), true), ids(e.test(), true), e.edit());
        assertEquals(ids(e.gold(), false), ids(e.test(), false), e.edit());
    }
}
