package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.align.Bead;
import io.paralign.score.CostParams;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The second pass of one alignment: the length ratio is re-learned from the first pass's 1-1 beads. A German-French
 * text whose French side runs exactly twice as long as its German one, against a prior of 1.06: with the second
 * pass the ratio comes out near 2 (the prior's 20 pseudo-pairs move it by {@code 0.94 * 20 / 220}), without it the
 * prior stays.
 */
class SecondPassTest {
    private static final int SENTENCES = 200;

    @Test
    void theSecondPassReLearnsTheLengthRatioFromTheFirstPassesBeads() {
        AlignmentResult result = new AlignmentPipeline().align(text(false), "de", text(true), "fr", true);
        assertEquals(2.0 - 0.94 * 20 / 220, result.lengthModel().ratio(), 0.02);
        assertEquals(SENTENCES, result.beads().stream().filter(Bead::isMatch).count());
    }

    @Test
    void withoutTheSecondPassThePriorRatioStays() {
        AlignOptions onePass = new AlignOptions(CostParams.sentenceDefaults(), CostParams.paragraphDefaults(), false,
                250_000L, 12, 0.5);
        AlignmentResult result = new AlignmentPipeline(onePass).align(text(false), "de", text(true), "fr", true);
        assertEquals(1.06, result.lengthModel().ratio(), 1e-9);
    }

    /** Made-up capitalised sentences of 3 to 12 words, one a line; the doubled side repeats each word's letters. */
    private static String text(boolean doubled) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < SENTENCES; s++) {
            int words = 3 + random.nextInt(10);
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                StringBuilder word = new StringBuilder();
                int letters = 4 + random.nextInt(5);
                for (int k = 0; k < letters; k++) {
                    word.append((char) ('a' + random.nextInt(26)));
                }
                sentence.append(w == 0 ? "" : " ").append(doubled ? word.toString() + word : word);
            }
            // the doubled side doubles the space and full stop too, so every sentence's ratio is exactly 2
            String line = doubled ? sentence.toString().replace(" ", "  ") + ".." : sentence + ".";
            text.append(Character.toUpperCase(line.charAt(0))).append(line, 1, line.length()).append('\n');
        }
        return text.toString();
    }
}
