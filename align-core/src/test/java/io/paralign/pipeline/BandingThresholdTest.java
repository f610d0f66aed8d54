package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.RecursiveAligner;
import io.paralign.align.Shape;
import io.paralign.align.Step;
import io.paralign.score.CostModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The default size above which a search is banded, as the root README states it: a table of up to 250,000 cells
 * ((n + 1) × (m + 1) for n source and m target units) is searched in full, a larger one around a path found on
 * inputs halved (the model coarsened).
 */
class BandingThresholdTest {
    /** Every 1-1 bead is free, any other costs 1 a unit; counts how often it is coarsened. */
    record DiagonalModel(int sourceSize, int targetSize, AtomicInteger coarsened) implements CostModel {
        @Override
        public double cost(int i, int a, int j, int b) {
            return a == 1 && b == 1 ? 0 : a + b;
        }

        @Override
        public CostModel coarsen() {
            coarsened.incrementAndGet();
            return new DiagonalModel((sourceSize + 1) / 2, (targetSize + 1) / 2, coarsened);
        }
    }

    private static int coarsenings(int n, int m) {
        AlignOptions defaults = AlignOptions.defaults();
        AtomicInteger coarsened = new AtomicInteger();
        List<Step> steps = new RecursiveAligner(Shape.SENTENCE, defaults.maxCells(), defaults.bandWidth())
                .align(new DiagonalModel(n, m, coarsened));
        assertEquals(Math.min(n, m), steps.stream().filter(s -> s.shape().equals(new Shape(1, 1))).count());
        return coarsened.get();
    }

    @Test
    void theDefaultIs250000Cells() {
        assertEquals(250_000L, AlignOptions.defaults().maxCells());
    }

    @Test
    void aTableOf250000CellsIsSearchedInFull() {
        assertEquals(0, coarsenings(499, 499)); // 500 × 500 cells
    }

    @Test
    void oneRowMoreIsBanded() {
        assertTrue(coarsenings(500, 499) > 0); // 501 × 500 = 250,500 cells
        assertTrue(coarsenings(499, 500) > 0);
    }
}
