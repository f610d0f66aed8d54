package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlignmentScorerTest {
    private static final double EPS = 1e-9;

    private static List<BeadIds> beads(String text) {
        return BeadFormat.parse(text.replace(' ', '\n'));
    }

    private static AlignmentEvaluation score(String gold, String test) {
        return AlignmentScorer.score(beads(gold), beads(test));
    }

    private static void assertPrf(double p, double r, double f, PrfScore actual) {
        assertEquals(p, actual.precision(), EPS, "precision");
        assertEquals(r, actual.recall(), EPS, "recall");
        assertEquals(f, actual.f1(), EPS, "f1");
    }

    @Test
    void identicalAlignmentsScoreOne() {
        AlignmentEvaluation e = score("[0]:[0] [1,2]:[1] [3]:[] []:[2]", "[0]:[0] [1,2]:[1] [3]:[] []:[2]");
        assertPrf(1, 1, 1, e.strict());
        assertPrf(1, 1, 1, e.lax());
        assertPrf(1, 1, 1, e.unmatched());
        assertEquals(4, e.goldBeads());
        assertEquals(4, e.testBeads());
        assertEquals(1, e.documents());
    }

    @Test
    void twoOneToOnesAgainstATwoToOneAreLaxHitsOnly() {
        AlignmentEvaluation e = score("[0,1]:[0]", "[0]:[0] [1]:[0]");
        assertPrf(0, 0, 0, e.strict());
        assertPrf(1, 1, 1, e.lax());
    }

    @Test
    void laxNeedsOverlapOnBothSidesWithTheSameGoldBead() {
        // test [0]:[1] shares source 0 with gold [0]:[0] and target 1 with gold [1]:[1], not both with one
        AlignmentEvaluation e = score("[0]:[0] [1]:[1]", "[0]:[1] [1]:[0]");
        assertPrf(0, 0, 0, e.lax());
    }

    @Test
    void deletionsCountInPrecisionOnly() {
        // the test 1-0 bead matches the gold one: a strict hit in precision, absent from recall
        AlignmentEvaluation e = score("[0]:[0] [1]:[]", "[0]:[0] [1]:[]");
        assertPrf(1, 1, 1, e.strict());
        // a wrong 1-0 bead is a precision miss, never a lax hit; recall does not see it
        e = score("[0]:[0] [1]:[1]", "[0]:[0] [1]:[] []:[1]");
        assertPrf(1 / 3.0, 1 / 2.0, 0.4, e.strict());
        assertPrf(1 / 3.0, 1 / 2.0, 0.4, e.lax());
        assertPrf(0, 0, 0, e.unmatched());
        assertEquals(2, e.testUnmatched());
        assertEquals(0, e.goldUnmatched());
    }

    @Test
    void handComputedExample() {
        // precision over 5 test beads: [0]:[0], [3]:[], [4]:[3] strict; [1]:[1] lax; [2]:[2] miss
        // recall over 3 gold links: [0]:[0], [4]:[3] strict; [1,2]:[1] lax
        // unmatched: gold {source 3, target 2}, test {source 3}
        AlignmentEvaluation e = score("[0]:[0] [1,2]:[1] [3]:[] []:[2] [4]:[3]",
                "[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[3]");
        assertPrf(0.6, 2 / 3.0, 2 * 0.6 * (2 / 3.0) / (0.6 + 2 / 3.0), e.strict());
        assertPrf(0.8, 1.0, 2 * 0.8 / 1.8, e.lax());
        assertPrf(1.0, 0.5, 2 / 3.0, e.unmatched());
    }

    @Test
    void pooledScoresSumCountsAcrossDocuments() {
        List<BeadIds> goldA = beads("[0]:[0] [1]:[1]");
        List<BeadIds> goldB = beads("[0,1]:[0]");
        List<BeadIds> testB = beads("[0]:[0] [1]:[]");
        AlignmentEvaluation e = AlignmentScorer.scorePooled(List.of(goldA, goldB), List.of(goldA, testB));
        // precision: 2 of 4 test beads strict, 3 lax; recall: 2 of 3 gold links strict, 3 lax
        assertPrf(0.5, 2 / 3.0, 2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), e.strict());
        assertPrf(0.75, 1.0, 2 * 0.75 / 1.75, e.lax());
        assertEquals(2, e.documents());
        assertEquals(3, e.goldBeads());
        assertEquals(4, e.testBeads());
    }

    @Test
    void emptyAlignmentsScoreZero() {
        AlignmentEvaluation e = AlignmentScorer.score(List.of(), List.of());
        assertPrf(0, 0, 0, e.strict());
        assertPrf(0, 0, 0, e.unmatched());
        assertEquals(0, e.testBeads());
    }

    @Test
    void duplicateBeadsCountOnce() {
        AlignmentEvaluation e = score("[0]:[0]", "[0]:[0] [0]:[0]");
        assertPrf(1, 1, 1, e.strict());
        assertEquals(1, e.testBeads());
    }

    @Test
    void pooledRejectsUnpairedLists() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AlignmentScorer.scorePooled(List.of(List.of()), List.of()));
        assertEquals("1 gold alignments for 0 test alignments", e.getMessage());
    }
}
