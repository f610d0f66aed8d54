package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.paralign.align.Bead;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentPipeline;
import java.util.List;
import java.util.Map;
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

    private static Flag flag(FlagType type, Side side, int sentence, int start, int end) {
        String text = (side == Side.SOURCE ? SOURCE : TARGET).text().substring(start, end);
        return new Flag(type, side, 0, List.of(sentence), new Span(start, end), text, "planted", 0.9);
    }

    private static void add(FlagScorer scorer, String name, List<Flag> flags) {
        scorer.add(name, new FlagScorer.Flagged(SOURCE, TARGET, List.of(), flags), ENGLISH, FRENCH, EXPECTED);
    }

    /** The omission flagged as either missing type, the boilerplate line flagged as boilerplate: two of two. */
    private static final List<Flag> RIGHT = List.of(
            flag(FlagType.MISSING_IN_SOURCE, Side.SOURCE, 1, 33, 60),
            flag(FlagType.BOILERPLATE, Side.TARGET, 2, 61, 82));
    /**
     * The omission hit; the boilerplate line flagged as an unmatched heading, at the right place but of the wrong
     * type, so no hit; a length flag where nothing is expected.
     */
    private static final List<Flag> WRONG_TYPE = List.of(
            flag(FlagType.MISSING_IN_TARGET, Side.SOURCE, 1, 33, 60),
            flag(FlagType.HEADING_UNMATCHED, Side.TARGET, 2, 61, 82),
            flag(FlagType.LENGTH_RATIO, Side.SOURCE, 0, 0, 32));

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
        add(scorer, "elsewhere", List.of(flag(FlagType.BOILERPLATE, Side.TARGET, 0, 0, 26),
                flag(FlagType.MISSING_IN_TARGET, Side.SOURCE, 2, 61, 87)));
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
        Flag flag = new Flag(FlagType.DUPLICATE_BLOCK, Side.SOURCE, 0, List.of(sentence),
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

    /** The same English text aligned 1-1, 1-0, 1-1 against the French, then the French boilerplate line unmatched. */
    private static final List<Bead> BEADS = List.of(new Bead(List.of(0), List.of(0), 1, 1),
            new Bead(List.of(1), List.of(), 0, 1), new Bead(List.of(2), List.of(1), 1, 1),
            new Bead(List.of(), List.of(2), 0, 1));

    private static FlagScorer scored(List<ExpectedFlag> expected, List<Flag> flags) {
        FlagScorer scorer = new FlagScorer();
        scorer.add("doc", new FlagScorer.Flagged(SOURCE, TARGET, BEADS, flags), ENGLISH, FRENCH, expected);
        return scorer;
    }

    @Test
    void aChangedNumberMayBeFlaggedOnTheAlignedSentenceOfTheOtherSide() {
        List<ExpectedFlag> number = List.of(new ExpectedFlag("number", "en", "ANCHOR_MISMATCH", List.of(2), List.of()));
        // English sentence 2 is aligned with French sentence 1, [27, 60)
        assertEquals(new PrfScore(1, 1, 1),
                scored(number, List.of(flag(FlagType.ANCHOR_MISMATCH, Side.TARGET, 1, 30, 40))).score());
        // French sentence 0 is aligned with English sentence 0, not 2
        assertEquals(new PrfScore(0, 0, 0),
                scored(number, List.of(flag(FlagType.ANCHOR_MISMATCH, Side.TARGET, 0, 0, 26))).score());
        // only a number change may be found on the other side: an omission may not
        List<ExpectedFlag> omission = List.of(new ExpectedFlag("drop_sentence", "en", "MISSING_IN_TARGET",
                List.of(2), List.of()));
        assertEquals(new PrfScore(0, 0, 0),
                scored(omission, List.of(flag(FlagType.MISSING_IN_SOURCE, Side.TARGET, 1, 27, 60))).score());
    }

    @Test
    void anExpectedFlagGivenAsTextIsFoundInItsSidesText() {
        // the French side's text: the same span [61, 82) in the English text holds other words
        List<ExpectedFlag> heading = List.of(new ExpectedFlag("boilerplate", "fr", "BOILERPLATE", List.of(),
                List.of("  Tous droits réservés. ")));
        assertEquals(new PrfScore(1, 1, 1),
                scored(heading, List.of(flag(FlagType.BOILERPLATE, Side.TARGET, 2, 61, 82))).score());
        // text absent from the document, or a sentence id past the reference sentences, locates nothing
        List<ExpectedFlag> nowhere = List.of(new ExpectedFlag("boilerplate", "fr", "BOILERPLATE", List.of(7),
                List.of("Droits de reproduction")));
        FlagScorer scorer = scored(nowhere, List.of(flag(FlagType.BOILERPLATE, Side.TARGET, 2, 61, 82)));
        assertEquals(new PrfScore(0, 0, 0), scorer.score());
        assertEquals(List.of("doc: BOILERPLATE fr boilerplate sentences [7]"), scorer.misses());
        assertEquals(List.of("doc: BOILERPLATE target sentences [2] \"Tous droits réservés.\""), scorer.falseAlarms());
    }

    @Test
    void anOmissionFlagOfAnotherTypeIsNoHit() {
        List<ExpectedFlag> omission = List.of(new ExpectedFlag("drop_sentence", "en", "MISSING_IN_TARGET",
                List.of(1), List.of()));
        assertEquals(new PrfScore(0, 0, 0),
                scored(omission, List.of(flag(FlagType.LENGTH_RATIO, Side.SOURCE, 1, 33, 60))).score());
        // the omission's side is the English one: the same span on the French side is another sentence
        assertEquals(new PrfScore(0, 0, 0),
                scored(omission, List.of(flag(FlagType.MISSING_IN_SOURCE, Side.TARGET, 1, 33, 60))).score());
    }

    @Test
    void aRepeatMayBeFlaggedOnEitherCopy() {
        // [0, 32) [33, 60) [61, 88): the data set names the first copy, sentence 1
        List<String> english = List.of("The museum reopened on Saturday.", "Entry is free for children.",
                "Entry is free for children.");
        Document source = PIPELINE.segment(String.join("\n", english) + "\n", "en", true);
        List<ExpectedFlag> repeat = List.of(new ExpectedFlag("repeat", "en", "DUPLICATE_BLOCK", List.of(1), List.of()));
        Flag onSecondCopy = new Flag(FlagType.DUPLICATE_BLOCK, Side.SOURCE, 0, List.of(2),
                new Span(61, 88), english.get(2), "planted", 0.9);
        FlagScorer scorer = new FlagScorer();
        scorer.add("repeat", new FlagScorer.Flagged(source, TARGET, List.of(), List.of(onSecondCopy)),
                english.subList(0, 2), FRENCH, repeat);
        assertEquals(new PrfScore(1, 1, 1), scorer.score());
    }

    @Test
    void aFalseAlarmsTextIsCutAfterSixtyCharacters() {
        String sixty = "x".repeat(60);
        Flag shortText = new Flag(FlagType.LENGTH_RATIO, Side.SOURCE, 0, List.of(0),
                new Span(0, 32), sixty, "planted", 0.9);
        Flag longText = new Flag(FlagType.LENGTH_RATIO, Side.SOURCE, 0, List.of(0),
                new Span(0, 32), sixty + "y", "planted", 0.9);
        FlagScorer scorer = scored(List.of(), List.of(shortText, longText));
        assertEquals(List.of("doc: LENGTH_RATIO source sentences [0] \"" + sixty + "\"",
                "doc: LENGTH_RATIO source sentences [0] \"" + sixty + "…\""), scorer.falseAlarms());
        // no expected flag: recall has nothing to count
        assertEquals(new PrfScore(0, 0, 0), scorer.score());
    }

    @Test
    void referenceSentencesAreLocatedInOrder() {
        assertEquals(List.of(new Span(0, 3), new Span(4, 7)), FlagScorer.locate("ab. ab.", List.of("ab.", " ab. ")));
        assertEquals(java.util.Arrays.asList(null, new Span(0, 3)), FlagScorer.locate("ab.", List.of("  ", "ab.")));
    }

    @Test
    void aLongSentenceAnEditChangedIsFoundByItsHeadOrTail() {
        String reference = "The council approved a budget of 12 million euros for the new tramway line.";
        // the number changed: the first 25 characters still match, the span keeps the reference's length
        String text = "Intro. " + reference.replace("12", "15");
        assertEquals(List.of(new Span(7, 7 + reference.length())), FlagScorer.locate(text, List.of(reference)));
        // the start changed: found by the last 25 characters
        String changedStart = "Intro. " + reference.replace("The council", "A committee");
        assertEquals(List.of(new Span(7, 7 + reference.length())), FlagScorer.locate(changedStart,
                List.of(reference)));
        // a head found near the end of the text: the span stops at the text's end
        String cut = "Intro. " + reference.substring(0, 40);
        assertEquals(List.of(new Span(7, cut.length())), FlagScorer.locate(cut, List.of(reference)));
        // a tail found near the start: the span starts at 0
        String tailOnly = reference.substring(reference.length() - 30);
        assertEquals(List.of(new Span(0, 30)), FlagScorer.locate(tailOnly, List.of(reference)));
        // a short sentence must match whole
        assertNull(FlagScorer.locate("Le pont a ouvert en 2019.", List.of("Le pont a ouvert en 2018.")).get(0));
        // a sentence of exactly 50 characters is long enough to be found by its head
        String fifty = "a".repeat(25) + "b".repeat(25);
        assertEquals(List.of(new Span(0, 50)), FlagScorer.locate("a".repeat(25) + "c".repeat(25),
                List.of(fifty)));
    }

    @Test
    void empty() {
        FlagScorer scorer = new FlagScorer();
        assertEquals(new PrfScore(0, 0, 0), scorer.score());
        assertEquals(Map.of(), scorer.byType());
        assertEquals(List.of(), scorer.misses());
        assertEquals(List.of(), scorer.falseAlarms());
        assertEquals(List.of(), FlagScorer.locate("", List.of()));
    }

    @Test
    void aDocumentWithNothingExpectedAndNothingFlaggedCountsNothing() {
        FlagScorer scorer = new FlagScorer();
        scorer.add("quiet", new FlagScorer.Flagged(SOURCE, TARGET, List.of(), List.of()), ENGLISH, FRENCH, List.of());
        add(scorer, "right", RIGHT);
        assertEquals(new PrfScore(1, 1, 1), scorer.score());
    }

    @Test
    void aFlagAtTheRightSentenceOfTheOtherSideIsNoHit() {
        FlagScorer scorer = new FlagScorer();
        // the English omission (source sentence 1) flagged on French sentence 1, the same offsets on the other side
        add(scorer, "other side", List.of(flag(FlagType.MISSING_IN_TARGET, Side.TARGET, 1, 27, 60)));
        assertEquals(new PrfScore(0, 0, 0), scorer.score());
        assertEquals(List.of("other side: MISSING_IN_TARGET target sentences [1] "
                + "\"Il montre des peintures modernes.\""), scorer.falseAlarms());
    }
}
