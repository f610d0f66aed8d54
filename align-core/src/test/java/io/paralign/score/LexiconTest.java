package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static Lexicon.TokenPair pair(String source, String target) {
        return new Lexicon.TokenPair(List.of(source.split(" ")), List.of(target.split(" ")));
    }

    @Test
    void learnsWordsThatOccurTogetherInAlignedPairs() {
        Lexicon lexicon = Lexicon.learn(List.of(
                pair("صين قال", "chine dit"),
                pair("صين اقتصاد", "chine econo"),
                pair("اقتصاد نمو", "econo crois")), 2, 0.3, 3);
        assertEquals(Set.of("chine"), lexicon.translations("صين"));
        assertEquals(Set.of("econo"), lexicon.translations("اقتصاد"));
        assertTrue(lexicon.translations("قال").isEmpty(), "one co-occurrence is below the minimum count");
    }

    @Test
    void aRepeatInsideOnePairCountsOnce() {
        Lexicon lexicon = Lexicon.learn(List.of(pair("صين صين صين", "chine"), pair("نمو", "crois")), 2, 0.3, 3);
        assertTrue(lexicon.translations("صين").isEmpty());
    }

    @Test
    void keepsTheBestTranslationsFirstAndBreaksTiesByWord() {
        Lexicon lexicon = Lexicon.learn(List.of(
                pair("صين", "chine pekin asie monde"),
                pair("صين", "chine pekin asie monde"),
                pair("صين", "chine")), 2, 0.3, 2);
        assertEquals(Set.of("chine", "asie"), lexicon.translations("صين"));
    }

    @Test
    void keepsTheBestWhateverTheOrderTheCandidatesComeIn() {
        // صين occurs in 6 pairs; a in 6 of them (Dice 1), b in 5, c in 4, d in 3, e in 2 (all with صين)
        List<Lexicon.TokenPair> pairs = new java.util.ArrayList<>(List.of(
                pair("صين", "e d c b a"), pair("صين", "a b c d e"), pair("صين", "c a d b"),
                pair("صين", "b c a"), pair("صين", "a b"), pair("صين", "a")));
        for (int rotation = 0; rotation < pairs.size(); rotation++) {
            java.util.Collections.rotate(pairs, 1);
            assertEquals(Set.of("a", "b", "c"), Lexicon.learn(pairs, 2, 0.3, 3).translations("صين"));
            java.util.Collections.reverse(pairs);
            assertEquals(Set.of("a"), Lexicon.learn(pairs, 2, 0.3, 1).translations("صين"));
        }
    }

    @Test
    void learningFromATextsNumberedStemsGivesTheTableOfTheSameStemsAsStrings() {
        // the texts' stems numbered in their own order, with stems no pair holds among them
        Stems sourceStems = new Stems();
        Stems targetStems = new Stems();
        sourceStems.ids(List.of("غائب", "نمو", "x", "صين"));
        targetStems.ids(List.of("absent", "econo", "a", "crois", "b", "chine"));
        List<Lexicon.TokenPair> pairs = List.of(pair("صين قال صين", "chine dit"), pair("صين اقتصاد", "chine econo a"),
                pair("اقتصاد نمو x", "econo crois b a"), pair("نمو x", "crois b"), pair("صين x", "chine b a"),
                pair("اقتصاد", "econo"));
        List<int[]> source = pairs.stream().map(p -> sourceStems.ids(p.source())).toList();
        List<int[]> target = pairs.stream().map(p -> targetStems.ids(p.target())).toList();
        for (int max = 1; max <= 3; max++) {
            Lexicon fromStrings = Lexicon.learn(pairs, 2, 0.3, max);
            Lexicon fromIds = Lexicon.learn(sourceStems, source, targetStems, target, 2, 0.3, max);
            assertEquals(fromStrings, fromIds, "at most " + max + " a word");
            assertEquals(max == 1 ? Set.of("chine") : Set.of("chine", "a"), fromIds.translations("صين"));
        }
        assertEquals(Set.of("b", "crois"), Lexicon.learn(sourceStems, source, targetStems, target, 2, 0.3, 2)
                .translations("نمو"));
    }

    @Test
    void dropsPairsBelowTheDiceThreshold() {
        Lexicon lexicon = Lexicon.learn(List.of(
                pair("صين", "chine"), pair("صين", "chine"),
                pair("a", "chine"), pair("b", "chine"), pair("c", "chine"), pair("d", "chine"),
                pair("e", "chine"), pair("f", "chine"), pair("g", "chine"), pair("h", "chine"),
                pair("i", "chine"), pair("j", "chine"), pair("k", "chine")), 2, 0.3, 3);
        // Dice = 2 * 2 / (2 + 13) = 0.27
        assertTrue(lexicon.translations("صين").isEmpty());
        assertEquals(0, lexicon.size());
    }

    /** a→x, b→y, c→z from the larger table; a→w, d→v from the smaller: looked up in both, equal to one table. */
    @Test
    void mergeLooksUpBothTablesAndEqualsTheirUnion() {
        Lexicon larger = Lexicon.learn(List.of(pair("a b c", "x y z"), pair("a b c", "x y z"), pair("a", "x")), 2, 0.3, 1);
        Lexicon smaller = Lexicon.learn(List.of(pair("a", "w"), pair("a", "w"), pair("d", "v"), pair("d", "v")), 2, 0.3, 2);
        Lexicon merged = smaller.merge(larger);
        assertEquals(Set.of("x", "w"), merged.translations("a"));
        assertEquals(Set.of("y"), merged.translations("b"));
        assertEquals(Set.of("v"), merged.translations("d"));
        assertTrue(merged.translations("e").isEmpty());
        assertEquals(merged, larger.merge(smaller));
        assertEquals(merged.hashCode(), larger.merge(smaller).hashCode());
        assertEquals(larger.size() + smaller.size(), merged.size());
        assertEquals(merged, merged.merge(Lexicon.EMPTY));
        assertEquals(merged, Lexicon.EMPTY.merge(merged));
        Lexicon third = Lexicon.learn(List.of(pair("b", "u"), pair("b", "u")), 2, 0.3, 1);
        assertEquals(Set.of("y", "u"), merged.merge(third).translations("b"));
        assertEquals(Set.of("x", "w"), merged.merge(third).translations("a"));
    }

    /** What a Spark broadcast does: a merged lexicon written and read back holds the same pairs and looks them up. */
    @Test
    void survivesJavaSerialisation() throws Exception {
        Lexicon larger = Lexicon.learn(List.of(pair("a b c", "x y z"), pair("a b c", "x y z")), 2, 0.3, 1);
        Lexicon smaller = Lexicon.learn(List.of(pair("a", "w"), pair("a", "w")), 2, 0.3, 2);
        Lexicon merged = smaller.merge(larger);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(merged);
        }
        Lexicon read;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            read = (Lexicon) in.readObject();
        }
        assertEquals(merged, read);
        assertEquals(Set.of("x", "w"), read.translations("a"));
        for (String stem : List.of("b", "c", "d")) {
            assertEquals(merged.translations(stem), read.translations(stem), stem);
        }
        assertEquals(merged.size(), read.size());
    }
}
