package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.diverge.Divergence;
import io.paralign.diverge.DivergenceType;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flag precision and recall on a three-sentence pair, the hits and the counts worked out by hand. */
class FlagScorerTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    // [0, 32) [33, 60) [61, 87)
    private static final List<String> ENGLISH = List.of("The museum reopened on Saturday.",
            "Entry is free for children.", "It shows modern paintings.");
    // [0, 26) [27, 60) [61, 82)
    private static final List<String> FRENCH = List.of("Le musée a rouvert samedi.",
            "Il montre des peintures modernes.", "Tous droits réservés.");
    private static final Document SOURCE = PIPELINE.segment(String.join("\n", ENGLISH) + "\n", "en", true);
    private static final Document TARGET = PIPELINE.segment(String.join("\n", FRENCH) + "\n", "fr", true);
    /** English sentence 1 missing from the French, French sentence 2 a boilerplate line, and a merge (no flag). */
    private static final List<ExpectedFlag> EXPECTED = List.of(
            new ExpectedFlag("drop_sentence", "en", "MISSING_IN_TARGET", List.of(1), List.of()),
            new ExpectedFlag("boilerplate", "fr", "BOILERPLATE", List.of(2), List.of()),
            new ExpectedFlag("merge", "fr", null, List.of(), List.of()));

    private static Divergence flag(DivergenceType type, Side side, int sentence, int start, int end) {
        String text = (side == Side.SOURCE ? SOURCE : TARGET).text().substring(start, end);
        return new Divergence(type, side, 0, List.of(sentence), new Span(start, end), text, "planted", 0.9);
    }

    private static void add(FlagScorer scorer, String name, List<Divergence> flags) {
        scorer.add(name, new FlagScorer.Flagged(SOURCE, TARGET, List.of(), flags), ENGLISH, FRENCH, EXPECTED);
    }

    /** The omission flagged as either missing type, the boilerplate line flagged as boilerplate: two of two. */
    private static final List<Divergence> RIGHT = List.of(
            flag(DivergenceType.MISSING_IN_SOURCE, Side.SOURCE, 1, 33, 60),
            flag(DivergenceType.BOILERPLATE, Side.TARGET, 2, 61, 82));
    /**
     * The omission hit; the boilerplate line flagged as an unmatched heading, at the right place but of the wrong
     * type, so no hit; a length flag where nothing is expected.
     */
    private static final List<Divergence> WRONG_TYPE = List.of(
            flag(DivergenceType.MISSING_IN_TARGET, Side.SOURCE, 1, 33, 60),
            flag(DivergenceType.HEADING_UNMATCHED, Side.TARGET, 2, 61, 82),
            flag(DivergenceType.LENGTH_RATIO, Side.SOURCE, 0, 0, 32));

    @Test
    void flagsOfTheExpectedTypeAtTheExpectedPlaceAreHits() {
        FlagScorer scorer = new FlagScorer();
        add(scorer, "right", RIGHT);
        assertEquals(new PrfScore(1, 1, 1), scorer.score());
        assertEquals(List.of(), scorer.misses());
        assertEquals(List.of(), scorer.falseAlarms());
    }

    @Test
    void aFlagOfAnotherTypeAtTheExpectedPlaceIsNoHit() {
        FlagScorer scorer = new FlagScorer();
        add(scorer, "wrong", WRONG_TYPE);
        // precision 1 hit of 3 flags, recall 1 found of 2 expected (the merge expects none), F1 2PR / (P + R) = 0.4
        PrfScore score = scorer.score();
        assertEquals(1.0 / 3, score.precision(), 1e-9);
        assertEquals(0.5, score.recall(), 1e-9);
        assertEquals(0.4, score.f1(), 1e-9);
        assertEquals(List.of("wrong: BOILERPLATE fr boilerplate sentences [2]"), scorer.misses());
        assertEquals(2, scorer.falseAlarms().size(), scorer.falseAlarms().toString());
        assertArrayEquals(new int[] {1, 0}, scorer.byType().get("BOILERPLATE"));
        assertArrayEquals(new int[] {1, 1}, scorer.byType().get("MISSING_IN_TARGET"));
    }

    @Test
    void aFlagOnTheWrongSentenceIsNoHit() {
        FlagScorer scorer = new FlagScorer();
        add(scorer, "elsewhere", List.of(flag(DivergenceType.BOILERPLATE, Side.TARGET, 0, 0, 26),
                flag(DivergenceType.MISSING_IN_TARGET, Side.SOURCE, 2, 61, 87)));
        assertEquals(new PrfScore(0, 0, 0), scorer.score());
        assertEquals(2, scorer.misses().size());
    }

    @Test
    void scoresArePooledOverDocuments() {
        FlagScorer scorer = new FlagScorer();
        add(scorer, "right", RIGHT);
        add(scorer, "wrong", WRONG_TYPE);
        // 3 hits of 5 flags; 3 found of 4 expected; F1 = 2 * 0.6 * 0.75 / 1.35 = 2/3
        PrfScore score = scorer.score();
        assertEquals(0.6, score.precision(), 1e-9);
        assertEquals(0.75, score.recall(), 1e-9);
        assertEquals(2.0 / 3, score.f1(), 1e-9);
        assertArrayEquals(new int[] {2, 1}, scorer.byType().get("BOILERPLATE"));
    }

    private static final List<String> REPEATING = List.of("The museum reopened on Saturday.",
            "Entry is free for children.", "It shows modern paintings.", "Entry is free for children.");
    // [0, 32) [33, 60) [61, 87) [88, 115)
    private static final Document REPEATING_SOURCE = PIPELINE.segment(String.join("\n", REPEATING) + "\n", "en", true);

    /** The score of one DUPLICATE_BLOCK flag on the repeating text against an edit naming the repeat's first copy. */
    private static PrfScore repeatFlaggedAt(int sentence, int start, int end) {
        FlagScorer scorer = new FlagScorer();
        Divergence flag = new Divergence(DivergenceType.DUPLICATE_BLOCK, Side.SOURCE, 0, List.of(sentence),
                new Span(start, end), REPEATING_SOURCE.text().substring(start, end), "planted", 0.95);
        scorer.add("repeat", new FlagScorer.Flagged(REPEATING_SOURCE, TARGET, List.of(), List.of(flag)), REPEATING,
                FRENCH, List.of(new ExpectedFlag("repeat", "en", "DUPLICATE_BLOCK", List.of(1), List.of())));
        return scorer.score();
    }

    /** The data set names the first copy of a repeated sentence; the detector rightly flags the later one. */
    @Test
    void aRepeatFlaggedOnTheLaterCopyHitsTheEditNamingTheFirst() {
        assertEquals(new PrfScore(1, 1, 1), repeatFlaggedAt(3, 88, 115));
        assertEquals(new PrfScore(0, 0, 0), repeatFlaggedAt(2, 61, 87));
    }
}
