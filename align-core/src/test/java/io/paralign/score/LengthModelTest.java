package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LengthModelTest {
    private final LengthModel model = new LengthModel(1.27, LengthModel.GALE_CHURCH_VARIANCE);

    /** Ratios 5, 4 and 1.2: the plain median is 4, but 100 of the 120 source characters lie in the 1.2 pair. */
    @Test
    void refinedRatioIsTheMedianOfRatiosWeightedBySourceLength() {
        assertEquals(1.2, LengthModels.weightedMedianRatio(new int[] {10, 10, 100}, new int[] {50, 40, 120}), 1e-9);
        assertEquals(4.0, LengthModels.weightedMedianRatio(new int[] {10, 10, 10}, new int[] {50, 40, 12}), 1e-9);
    }

    /** 200 pairs at 1.8 against a prior of 1.1: the prior's 20 pseudo-pairs move the ratio by 0.7 * 20 / 220. */
    @Test
    void refinedRatioFollowsThePairsNotThePrior() {
        int[] source = new int[200];
        int[] target = new int[200];
        for (int k = 0; k < 200; k++) {
            source[k] = 200 + 10 * (k % 7);
            target[k] = 18 * source[k] / 10;
        }
        LengthModel refined = LengthModels.refine(new LengthModel(1.1, 6.8), source, target);
        assertEquals(1.8 - 0.7 * 20 / 220, refined.ratio(), 1e-9);
    }

    /** Han characters against letters: the first pass's 1-1 beads do not move the totals' ratio, only the variance. */
    @Test
    void refinementKeepsTheRatioWhereTheUnitsDiffer() {
        int[] source = new int[200];
        int[] target = new int[200];
        for (int k = 0; k < 200; k++) {
            source[k] = 20 + k % 7;
            target[k] = 3 * source[k] + (k % 2 == 0 ? 9 : -9);
        }
        LengthModel prior = LengthModels.prior("zh", "en", 1000, 4500);
        LengthModel refined = LengthModels.refine(prior, source, target);
        assertEquals(4.5, refined.ratio(), 1e-9);
        assertNotEquals(prior.variance(), refined.variance(), 1e-3);
    }

    @Test
    void expectedLengthsCostNothing() {
        assertEquals(0.0, model.cost(100, 127), 1e-6);
        assertEquals(1.0, model.agreement(100, 127), 1e-6);
    }

    @Test
    void costGrowsWithDeviation() {
        assertTrue(model.cost(100, 150) > model.cost(100, 135));
        assertTrue(model.cost(100, 60) > model.cost(100, 110));
    }

    @Test
    void twoTailCostMatchesNormalTable() {
        // 2 (1 - Phi(1.96)) = 0.05
        assertEquals(-Math.log(0.05), LengthModel.twoTailCost(1.96), 1e-3);
        assertEquals(0.0, LengthModel.twoTailCost(0), 1e-6);
    }

    @Test
    void extremeDeviationIsCappedAndFinite() {
        double cost = model.cost(1, 5000);
        assertTrue(Double.isFinite(cost) && cost <= 40.0);
    }

    @Test
    void rejectsNonPositiveParameters() {
        assertThrows(IllegalArgumentException.class, () -> new LengthModel(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LengthModel(1, -1));
    }

    @Test
    void refinementMovesTowardTheObservedRatio() {
        int[] source = new int[200];
        int[] target = new int[200];
        for (int k = 0; k < 200; k++) {
            source[k] = 50 + k;
            target[k] = (int) Math.round(1.5 * source[k]);
        }
        LengthModel refined = LengthModels.refine(model, source, target);
        assertTrue(refined.ratio() > 1.45 && refined.ratio() < 1.5, "ratio " + refined.ratio());
    }

    @Test
    void knownPairPriorIgnoresSkewedTotals() {
        assertEquals(1.27, LengthModels.prior("ar", "fr", 1000, 5000).ratio(), 1e-9);
        assertEquals(1 / 1.27, LengthModels.prior("fr", "ar", 1000, 5000).ratio(), 1e-9);
        assertEquals(2.0, LengthModels.prior("xx", "yy", 1000, 2000).ratio(), 1e-9);
        assertEquals(4.5, LengthModels.prior("zh", "en", 1000, 4500).ratio(), 1e-9);
    }

    @Test
    void priorVarianceScalesWhereTheUnitsDiffer() {
        assertEquals(6.8, LengthModels.prior("ar", "fr", 1000, 1000).variance(), 1e-9);
        assertEquals(6.8, LengthModels.prior("xx", "yy", 1000, 2000).variance(), 1e-9);
        assertEquals(6.8 * 3.3, LengthModels.prior("zh", "en", 1000, 3300).variance(), 1e-9);
        assertEquals(6.8 / 3.3, LengthModels.prior("en", "zh", 3300, 1000).variance(), 1e-9);
    }

    /** Pairs of lengths up to 1,500 characters, under a tight and a loose model: the bound never passes the cost. */
    @Test
    void costLowerBoundNeverExceedsTheCost() {
        for (LengthModel model : new LengthModel[] {new LengthModel(1.13, 6.8), new LengthModel(0.8, 40)}) {
            double gap = 0;
            for (int s = 0; s <= 1500; s += 3) {
                for (int t = 0; t <= 1500; t += 7) {
                    double bound = model.costLowerBound(s, t);
                    double cost = model.cost(s, t);
                    assertTrue(bound <= cost, s + ", " + t + ": " + bound + " > " + cost);
                    gap = Math.max(gap, cost - bound);
                }
            }
            // and stays close to it: within one grid step of the steepest part of the table
            assertTrue(gap < 0.2, "largest gap " + gap);
        }
    }
}
