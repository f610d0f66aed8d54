package io.paralign.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import org.junit.jupiter.api.Test;

/** The benchmark input is what it claims: N sentences a side, mostly parallel, French longer, reproducible. */
class SyntheticPairsTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    @Test
    void eachSideHoldsTheRequestedSentences() {
        for (int n : new int[] {1, 2, 7, 100, 1000}) {
            SyntheticPairs.Pair pair = SyntheticPairs.generate(n, 42);
            assertEquals(n, PIPELINE.segment(pair.arabic(), "ar", false).sentenceCount(), "Arabic, n=" + n);
            assertEquals(n, PIPELINE.segment(pair.french(), "fr", false).sentenceCount(), "French, n=" + n);
        }
    }

    @Test
    void sameSeedSamePair() {
        assertEquals(SyntheticPairs.generate(300, 7), SyntheticPairs.generate(300, 7));
    }

    @Test
    void frenchIsAboutAQuarterLonger() {
        SyntheticPairs.Pair pair = SyntheticPairs.generate(1000, 42);
        double ratio = (double) pair.french().length() / pair.arabic().length();
        assertTrue(ratio > 1.15 && ratio < 1.4, "French/Arabic characters " + ratio);
    }

    @Test
    void mostSentencesAlignOneToOne() {
        SyntheticPairs.Pair pair = SyntheticPairs.generate(200, 42);
        AlignmentResult result = PIPELINE.align(pair.arabic(), "ar", pair.french(), "fr", false);
        long oneToOne = result.beads().stream()
                .filter(b -> b.source().size() == 1 && b.target().size() == 1).count();
        assertTrue(result.coverage().source().sentenceShare() > 0.8, "coverage " + result.coverage());
        assertTrue(oneToOne > 0.8 * pair.sentences(), "1-1 beads " + oneToOne);
    }

    @Test
    void noSentencesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticPairs.generate(0, 42));
    }
}
