package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BeadPropertiesTest {

    @Provide
    Arbitrary<List<BeadIds>> alignments() {
        Arbitrary<List<Integer>> ids = Arbitraries.integers().between(0, 5000).list().ofMaxSize(4);
        Arbitrary<BeadIds> bead = Combinators.combine(ids, ids)
                .filter((s, t) -> !s.isEmpty() || !t.isEmpty())
                .as(BeadIds::new);
        return bead.list().ofMaxSize(30);
    }

    @Property
    void writeThenParseIsIdentity(@ForAll("alignments") List<BeadIds> beads) {
        assertEquals(beads, BeadFormat.parse(BeadFormat.write(beads)));
    }

    @Property
    void spacedFormIsReadTheSame(@ForAll("alignments") List<BeadIds> beads) {
        String spaced = beads.stream()
                .map(b -> spaced(b.source()) + " : " + spaced(b.target()) + "  \n\n")
                .collect(Collectors.joining());
        assertEquals(beads, BeadFormat.parse(spaced));
    }

    @Property
    void anAlignmentAgainstItselfScoresOne(@ForAll("alignments") List<BeadIds> beads) {
        AlignmentEvaluation e = AlignmentScorer.score(beads, beads);
        assertEquals(beads.isEmpty() ? 0.0 : 1.0, e.strict().precision());
        assertEquals(e.strict(), e.lax());
    }

    @Property
    void laxIsNeverBelowStrict(@ForAll("alignments") List<BeadIds> gold, @ForAll("alignments") List<BeadIds> test) {
        AlignmentEvaluation e = AlignmentScorer.score(gold, test);
        assertTrue(e.lax().precision() >= e.strict().precision());
        assertTrue(e.lax().recall() >= e.strict().recall());
    }

    @Property
    void poolingCopiesOfOneDocumentChangesNothing(@ForAll("alignments") List<BeadIds> gold,
            @ForAll("alignments") List<BeadIds> test) {
        AlignmentEvaluation one = AlignmentScorer.score(gold, test);
        AlignmentEvaluation two = AlignmentScorer.scorePooled(List.of(gold, gold), List.of(test, test));
        assertEquals(one.strict(), two.strict());
        assertEquals(one.lax(), two.lax());
        assertEquals(one.unmatched(), two.unmatched());
    }

    private static String spaced(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(" , ", "[ ", " ]"));
    }
}
