package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The galloping overlap gives the merge's answers: the same count, the same weights up to rounding. */
class UnevenOverlapTest {
    @Test
    void lowerBoundExamples() {
        int[] values = {1, 3, 3, 5, 9};
        assertEquals(0, UnevenOverlap.lowerBound(values, 0, 0));
        assertEquals(1, UnevenOverlap.lowerBound(values, 0, 3));
        assertEquals(2, UnevenOverlap.lowerBound(values, 2, 3));
        assertEquals(4, UnevenOverlap.lowerBound(values, 1, 6));
        assertEquals(5, UnevenOverlap.lowerBound(values, 0, 10));
        assertEquals(5, UnevenOverlap.lowerBound(values, 5, 1));
    }

    @Test
    void thresholds() {
        assertEquals(false, UnevenOverlap.applies(10, 4_000));
        assertEquals(true, UnevenOverlap.applies(10, 5_000));
        assertEquals(false, UnevenOverlap.applies(200, 5_000));
    }

    @Test
    void sameAsTheMergeOnRandomArrays() {
        Random random = new Random(5);
        boolean[] strong = new boolean[300];
        for (int k = 0; k < strong.length; k++) {
            strong[k] = random.nextBoolean();
        }
        UnevenOverlap uneven = new UnevenOverlap(strong);
        for (int round = 0; round < 200; round++) {
            int[] small = random.ints(random.nextInt(8), 0, 300).sorted().toArray();
            int[] big = random.ints(random.nextInt(400), 0, 300).sorted().toArray();
            float[] smallWeights = weights(random, small.length);
            float[] bigWeights = weights(random, big.length);
            int[] smallSet = distinct(small);
            int[] bigSet = distinct(big);
            assertEquals(Evidence.dice(smallSet, smallSet.length, bigSet, bigSet.length),
                    2.0 * UnevenOverlap.common(smallSet, bigSet) / Math.max(1, smallSet.length + bigSet.length),
                    1e-12);
            check(Evidence.anchors(small, smallWeights, big, bigWeights, strong),
                    uneven.anchors(small, smallWeights, big, bigWeights));
            check(Evidence.anchors(big, bigWeights, small, smallWeights, strong),
                    uneven.anchors(big, bigWeights, small, smallWeights));
        }
    }

    private static void check(Evidence.AnchorBalance expected, Evidence.AnchorBalance actual) {
        assertEquals(expected.matched(), actual.matched(), 1e-9);
        assertEquals(expected.oneSided(), actual.oneSided(), 1e-6);
    }

    private static float[] weights(Random random, int n) {
        float[] weights = new float[n];
        IntStream.range(0, n).forEach(k -> weights[k] = random.nextFloat());
        return weights;
    }

    private static int[] distinct(int[] values) {
        return new TreeSet<>(IntStream.of(values).boxed().toList()).stream().mapToInt(Integer::intValue).toArray();
    }
}
