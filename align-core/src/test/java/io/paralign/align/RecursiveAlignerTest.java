package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.score.CostModel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RecursiveAlignerTest {

    /** Units have lengths; a bead costs the squared length difference, a skip a fixed price. */
    record LengthsModel(int[] source, int[] target, double skip) implements CostModel {
        @Override
        public int sourceSize() {
            return source.length;
        }

        @Override
        public int targetSize() {
            return target.length;
        }

        @Override
        public double cost(int i, int a, int j, int b) {
            if (a == 0 || b == 0) {
                return skip * (a + b);
            }
            int ls = 0;
            int lt = 0;
            for (int k = i; k < i + a; k++) {
                ls += source[k];
            }
            for (int k = j; k < j + b; k++) {
                lt += target[k];
            }
            double d = ls - lt;
            return d * d / (ls + lt) + (a + b - 2);
        }

        @Override
        public CostModel coarsen() {
            return new LengthsModel(pairSums(source), pairSums(target), skip * 2);
        }

        private static int[] pairSums(int[] lengths) {
            int[] out = new int[(lengths.length + 1) / 2];
            for (int k = 0; k < lengths.length; k++) {
                out[k / 2] += lengths[k];
            }
            return out;
        }
    }

    private static final RecursiveAligner FULL = new RecursiveAligner(Shape.SENTENCE, 1_000_000, 8);
    private static final RecursiveAligner BANDED = new RecursiveAligner(Shape.SENTENCE, 64, 4);

    @Test
    void identicalLengthsGiveOneToOneBeads() {
        int[] lengths = {10, 40, 25, 60, 33};
        List<Step> steps = FULL.align(new LengthsModel(lengths, lengths.clone(), 50));
        assertEquals(5, steps.size());
        steps.forEach(s -> assertEquals(new Shape(1, 1), s.shape()));
    }

    @Test
    void findsMergeWhenTwoSourceUnitsMakeOneTarget() {
        List<Step> steps = FULL.align(new LengthsModel(new int[] {30, 20, 25, 50}, new int[] {30, 45, 50}, 50));
        assertEquals(List.of(new Shape(1, 1), new Shape(2, 1), new Shape(1, 1)),
                steps.stream().map(Step::shape).toList());
    }

    /**
     * Source 30 | 30 70 | 40 against target 30 | 70 30 | 40: the middle pair splits at a different place on each side.
     * As one 2-2 bead it costs 0 + 2; as two 1-1 beads 40²/100 twice = 32; as 2-1 then 1-2 (100 against 70, then
     * 40 against 70) 30²/170 + 1 + 30²/110 + 1 = 15.5.
     */
    @Test
    void findsTwoToTwoWhenBothSidesSplitTheSameTextDifferently() {
        List<Step> steps = FULL.align(new LengthsModel(new int[] {30, 30, 70, 40}, new int[] {30, 70, 30, 40}, 50));
        assertEquals(List.of(new Shape(1, 1), new Shape(2, 2), new Shape(1, 1)),
                steps.stream().map(Step::shape).toList());
        assertEquals(1, steps.get(1).source());
        assertEquals(1, steps.get(1).target());
    }

    /**
     * Source 30 | 90 | 40 against target 30 | 45 45 | 40: one source unit split in two. As one 1-2 bead it costs
     * 0 + 1; without it every path needs a skip of a target unit, 50 at least.
     */
    @Test
    void findsOneToTwoWhenOneSourceUnitMakesTwoTargets() {
        List<Step> steps = FULL.align(new LengthsModel(new int[] {30, 90, 40}, new int[] {30, 45, 45, 40}, 50));
        assertEquals(List.of(new Shape(1, 1), new Shape(1, 2), new Shape(1, 1)),
                steps.stream().map(Step::shape).toList());
    }

    @Test
    void leavesInsertedUnitUnmatched() {
        List<Step> steps = FULL.align(new LengthsModel(new int[] {30, 40, 50}, new int[] {30, 90, 40, 50}, 5));
        assertEquals(List.of(new Shape(1, 1), new Shape(0, 1), new Shape(1, 1), new Shape(1, 1)),
                steps.stream().map(Step::shape).toList());
    }

    @Test
    void emptySidesGiveAllSkips() {
        assertEquals(List.of(), FULL.align(new LengthsModel(new int[0], new int[0], 1)));
        List<Step> oneSided = FULL.align(new LengthsModel(new int[] {5, 6}, new int[0], 1));
        assertEquals(List.of(new Shape(1, 0), new Shape(1, 0)), oneSided.stream().map(Step::shape).toList());
    }

    @Test
    void rejectsShapesWithoutSkips() {
        assertThrows(IllegalArgumentException.class, () -> new RecursiveAligner(List.of(new Shape(1, 1)), 100, 4));
    }

    @Test
    void bandedSearchFindsTheSamePathOnLongParallelInput() {
        int n = 400;
        int[] source = new int[n];
        int[] target = new int[n];
        for (int k = 0; k < n; k++) {
            source[k] = 10 + (k * 37) % 90;
            target[k] = source[k] + (k % 3) - 1;
        }
        LengthsModel model = new LengthsModel(source, target, 30);
        assertEquals(FULL.align(model), BANDED.align(model));
    }

    @Property(tries = 200)
    void everyUnitIsCoveredOnceInOrder(@ForAll("lengths") int[] source, @ForAll("lengths") int[] target,
                                       @ForAll @IntRange(min = 1, max = 60) int skip) {
        for (RecursiveAligner aligner : List.of(FULL, BANDED)) {
            List<Step> steps = aligner.align(new LengthsModel(source, target, skip));
            int i = 0;
            int j = 0;
            for (Step step : steps) {
                assertEquals(i, step.source(), "source order");
                assertEquals(j, step.target(), "target order");
                assertTrue(step.sourceCount() + step.targetCount() > 0);
                i = step.sourceEnd();
                j = step.targetEnd();
            }
            assertEquals(source.length, i);
            assertEquals(target.length, j);
        }
    }

    /** The same costs with a lower bound at or below each: the search may skip beads, never change the path. */
    record BoundedModel(LengthsModel model, int seed) implements CostModel {
        @Override
        public int sourceSize() {
            return model.sourceSize();
        }

        @Override
        public int targetSize() {
            return model.targetSize();
        }

        @Override
        public double cost(int i, int a, int j, int b) {
            return model.cost(i, a, j, b);
        }

        @Override
        public double lowerBound(int i, int a, int j, int b) {
            int slack = Math.floorMod((i * 31 + a * 7 + j * 13 + b) * seed, 4);
            return cost(i, a, j, b) - slack;
        }

        @Override
        public CostModel coarsen() {
            return new BoundedModel((LengthsModel) model.coarsen(), seed);
        }
    }

    @Property(tries = 200)
    void lowerBoundsLeaveThePathAsItIs(@ForAll("lengths") int[] source, @ForAll("lengths") int[] target,
                                       @ForAll @IntRange(min = 1, max = 60) int skip,
                                       @ForAll @IntRange(min = 0, max = 1000) int seed) {
        LengthsModel model = new LengthsModel(source, target, skip);
        for (RecursiveAligner aligner : List.of(FULL, BANDED)) {
            assertEquals(aligner.align(model), aligner.align(new BoundedModel(model, seed)));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<int[]> lengths() {
        return net.jqwik.api.Arbitraries.integers().between(1, 200).array(int[].class).ofMaxSize(40);
    }
}
