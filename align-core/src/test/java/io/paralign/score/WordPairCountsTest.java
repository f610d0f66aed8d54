package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The streaming counts against the list-based learning they replace over a set. */
class WordPairCountsTest {
    private static Lexicon.TokenPair pair(String source, String target) {
        return new Lexicon.TokenPair(List.of(source.split(" ")), List.of(target.split(" ")));
    }

    /**
     * Sentence pairs over a Zipf-like vocabulary where source word k translates to target word k most of the time,
     * with noise words, repeats and a few long sentences: many candidates, ties and words under every threshold.
     */
    static List<Lexicon.TokenPair> generated(long seed, int pairs) {
        Random random = new Random(seed);
        List<Lexicon.TokenPair> generated = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 12);
            for (int w = 0; w < length; w++) {
                int word = (int) Math.floor(Math.pow(400, random.nextDouble())); // 1..399, small ones frequent
                source.add("s" + word);
                if (random.nextInt(10) > 0) {
                    target.add("t" + (random.nextInt(20) == 0 ? word + 1 : word));
                }
                if (random.nextInt(8) == 0) {
                    target.add("n" + random.nextInt(30));
                }
            }
            Collections.shuffle(target, random);
            generated.add(new Lexicon.TokenPair(source, target));
        }
        return generated;
    }

    private static WordPairCounts counted(List<Lexicon.TokenPair> pairs, int maxEntries) {
        WordPairCounts counts = new WordPairCounts(maxEntries);
        pairs.forEach(p -> counts.add(p.source(), p.target()));
        return counts;
    }

    /** The pairs counted in {@code parts} partitions, merged in the order given by {@code seed}. */
    private static WordPairCounts merged(List<Lexicon.TokenPair> pairs, int parts, long seed, int maxEntries) {
        List<WordPairCounts> partitions = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            partitions.add(new WordPairCounts(maxEntries));
        }
        for (int p = 0; p < pairs.size(); p++) {
            partitions.get(p % parts).add(pairs.get(p).source(), pairs.get(p).target());
        }
        Collections.shuffle(partitions, new Random(seed));
        WordPairCounts all = new WordPairCounts(maxEntries);
        partitions.forEach(all::merge);
        return all;
    }

    @Property(tries = 60)
    void learnsWhatTheListBasedLearningLearns(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int pairs,
                                              @ForAll @IntRange(min = 1, max = 5) int minCount,
                                              @ForAll @IntRange(min = 1, max = 4) int maxPerWord) {
        List<Lexicon.TokenPair> data = generated(seed, pairs);
        Lexicon expected = Lexicon.learn(data, minCount, 0.3, maxPerWord);
        WordPairCounts counts = counted(data, WordPairCounts.DEFAULT_MAX_ENTRIES);
        assertEquals(0, counts.level());
        assertEquals(expected, Lexicon.learn(counts, minCount, 0.3, maxPerWord));
        assertEquals(expected, Lexicon.learn(merged(data, 4, seed, WordPairCounts.DEFAULT_MAX_ENTRIES), minCount,
                0.3, maxPerWord));
    }

    @Test
    void learnsTheSameOnALargerSetAsTheListBasedLearning() {
        List<Lexicon.TokenPair> data = generated(7, 5_000);
        Lexicon expected = Lexicon.learn(data, 2, 0.3, 3);
        assertTrue(expected.size() > 100, "a lexicon worth comparing: " + expected.size());
        assertEquals(expected, Lexicon.learn(counted(data, WordPairCounts.DEFAULT_MAX_ENTRIES), 2, 0.3, 3));
    }

    @Test
    void aRepeatInsideOnePairCountsOnce() {
        WordPairCounts counts = new WordPairCounts();
        counts.add(List.of("صين", "صين", "صين"), List.of("chine"));
        counts.add(List.of("نمو"), List.of("crois"));
        assertEquals(Lexicon.EMPTY, Lexicon.learn(counts, 2, 0.3, 3));
        assertEquals(2, counts.sentencePairs());
    }

    @Test
    void nothingCountedLearnsNothing() {
        assertEquals(Lexicon.EMPTY, Lexicon.learn(new WordPairCounts(), 2, 0.3, 3));
    }

    @Test
    void mergingLeavesTheOtherAsItWas() {
        WordPairCounts a = counted(List.of(pair("صين", "chine"), pair("صين", "chine")), 100);
        WordPairCounts b = counted(List.of(pair("صين", "chine")), 100);
        a.merge(b);
        assertEquals(3, a.sentencePairs());
        assertEquals(3, b.entries());
        assertEquals(Set.of("chine"), Lexicon.learn(a, 3, 0.3, 3).translations("صين"));
    }

    @Test
    void overTheCapKeepsASampleOfStemsWhateverTheOrder() {
        List<Lexicon.TokenPair> data = generated(11, 3_000);
        int cap = counted(data, WordPairCounts.DEFAULT_MAX_ENTRIES).entries() / 5;
        WordPairCounts one = counted(data, cap);
        assertTrue(one.level() > 0, "the cap was hit");
        assertTrue(one.entries() <= cap, one.entries() + " entries over the cap " + cap);
        Lexicon sampled = Lexicon.learn(one, 2, 0.3, 3);
        assertTrue(sampled.size() > 0, "the sample still teaches word pairs");
        assertNotEquals(Lexicon.learn(data, 2, 0.3, 3), sampled);
        List<Lexicon.TokenPair> shuffled = new ArrayList<>(data);
        for (long seed = 0; seed < 4; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            WordPairCounts merged = merged(shuffled, 1 + (int) seed * 2, seed, cap);
            assertEquals(one.level(), merged.level());
            assertEquals(sampled, Lexicon.learn(merged, 2, 0.3, 3));
        }
    }

    @Test
    void aCapOfOneKeepsAtMostOneEntry() {
        WordPairCounts counts = counted(generated(3, 50), 1);
        assertTrue(counts.entries() <= 1);
        assertEquals(Lexicon.EMPTY, Lexicon.learn(counts, 2, 0.3, 3));
    }

    @Test
    void aCapUnderOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WordPairCounts(0));
        assertEquals("maxEntries must be positive, not 0", e.getMessage());
    }
}
