package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A translation that splits many sentences in two, as free literary translations do (Bertalign's MAC set): the
 * second pass lowers its merge priors to the merge rate of the first ({@link io.paralign.align.MergeRate}), so the
 * halves of a split sentence come out as one 1-2 bead, not as a 1-1 bead and a sentence left out. Lengths are noisy
 * (each translated sentence 0.6 to 1.6 times its source's length) and the words random, so no evidence but length
 * and the priors decides; the thresholds lie between what the news priors and the fitted ones give.
 */
class FreeTranslationTest {
    private static final int SENTENCES = 200;

    @Test
    void splitSentencesComeOutAsOneToTwoBeads() {
        Random random = new Random(11);
        StringBuilder source = new StringBuilder();
        StringBuilder target = new StringBuilder();
        int splits = 0;
        for (int s = 0; s < SENTENCES; s++) {
            int words = 6 + random.nextInt(12);
            source.append(sentence(random, words)).append('\n');
            int translated = Math.max(4, (int) Math.round(words * (0.6 + random.nextDouble())));
            if (random.nextDouble() < 0.4) {
                int first = translated / 2;
                target.append(sentence(random, first)).append('\n').append(sentence(random, translated - first)).append('\n');
                splits++;
            } else {
                target.append(sentence(random, translated)).append('\n');
            }
        }
        AlignmentResult result = new AlignmentPipeline().align(source.toString(), "de", target.toString(), "fr", true);
        long oneToTwo = result.beads().stream().filter(b -> b.source().size() == 1 && b.target().size() == 2).count();
        long unmatched = result.beads().stream().filter(b -> !b.isMatch()).count();
        // 69 splits: with the news priors 8 come out as 1-2 beads and 18 sentences are left out; fitted, 19 and 8
        assertTrue(oneToTwo >= 14, "1-2 beads " + oneToTwo + " of " + splits + " splits");
        assertTrue(unmatched <= 12, "unmatched " + unmatched);
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            StringBuilder word = new StringBuilder();
            int letters = 3 + random.nextInt(6);
            for (int k = 0; k < letters; k++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            sentence.append(w == 0 ? "" : " ").append(word);
        }
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }
}
