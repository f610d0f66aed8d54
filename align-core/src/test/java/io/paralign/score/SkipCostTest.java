package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Leaving a unit unmatched costs {@code skip} (4.0 for sentences), less for a heading (2.5) and least for a repeat or a
 * boilerplate line (1.0), whatever its length; a run of skipped units costs the sum of its units. Values are the
 * README's and {@link CostParams#sentenceDefaults()}'s, written here, not read from the code.
 */
class SkipCostTest {
    /** Three source units: plain, heading, expendable (a repeat or boilerplate); one plain target unit. */
    private static BitextCostModel model() {
        Units source = new Units(new int[] {120, 30, 80}, new int[][] {{1}, {2}, {3}}, new int[] {1, 1, 1},
                new int[][] {{}, {}, {}}, new float[][] {{}, {}, {}}, new boolean[] {false, true, false},
                new boolean[] {false, false, true}, new boolean[] {false, false, true});
        Units target = new Units(new int[] {150}, new int[][] {{1}}, new int[] {1}, new int[][] {{}},
                new float[][] {{}}, new boolean[] {false}, new boolean[] {false}, new boolean[] {true});
        return new BitextCostModel(source, target, new boolean[0], CostParams.sentenceDefaults(),
                new LengthModel(1.27, 6.8));
    }

    @Test
    void headingsAndExpendableUnitsAreCheaperToLeaveOut() {
        BitextCostModel model = model();
        assertEquals(4.0, model.cost(0, 1, 0, 0), 1e-12);
        assertEquals(2.5, model.cost(1, 1, 0, 0), 1e-12);
        assertEquals(1.0, model.cost(2, 1, 0, 0), 1e-12);
        assertEquals(4.0, model.cost(0, 0, 0, 1), 1e-12);
    }

    @Test
    void aRunOfSkippedUnitsCostsTheSumOfItsUnits() {
        assertEquals(4.0 + 2.5 + 1.0, model().cost(0, 3, 0, 0), 1e-12);
    }
}
