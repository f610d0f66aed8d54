package io.paralign.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.paralign.score.CostParams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeRateTest {
    private static final CostParams DEFAULTS = CostParams.sentenceDefaults();

    @Test
    void noBeadsNoDiscount() {
        assertEquals(0.0, MergeRate.discount(List.of()));
        assertSame(DEFAULTS, MergeRate.adapt(DEFAULTS, List.of()));
    }

    @Test
    void aRateAtOrBelowTheTunedOneChangesNothing() {
        assertEquals(0.0, MergeRate.discount(path(100, 0, 0)));
        assertEquals(0.0, MergeRate.discount(path(88, 12, 0)), 1e-12);
    }

    /** 40 merges in 100 matched beads: (40 + 20 * 0.12) / 120 = 0.3533, so every prior drops by 2 ln(0.3533 / 0.12). */
    @Test
    void frequentMergesLowerEveryMergePrior() {
        double discount = 2 * Math.log((40 + 2.4) / 120 / 0.12);
        assertEquals(discount, MergeRate.discount(path(60, 40, 0)), 1e-9);
        CostParams adapted = MergeRate.adapt(DEFAULTS, path(60, 40, 0));
        assertEquals(DEFAULTS.merge() - discount, adapted.merge(), 1e-9);
        assertEquals(DEFAULTS.doubleMerge() - discount, adapted.doubleMerge(), 1e-9);
        assertEquals(DEFAULTS.tripleMerge() - discount, adapted.tripleMerge(), 1e-9);
        assertEquals(DEFAULTS.quadrupleMerge() - discount, adapted.quadrupleMerge(), 1e-9);
        assertEquals(DEFAULTS.skip(), adapted.skip());
        assertEquals(DEFAULTS.lexicalWeight(), adapted.lexicalWeight());
    }

    @Test
    void skipsAreNotMatchedBeads() {
        assertEquals(MergeRate.discount(path(60, 40, 0)), MergeRate.discount(path(60, 40, 50)), 1e-12);
    }

    /** A short text moves the rate little: 3 merges of 3 beads weigh against 20 pseudo-beads at the tuned rate. */
    @Test
    void shortTextsAreShrunkTowardTheTunedRate() {
        assertEquals(2 * Math.log((3 + 2.4) / 23 / 0.12), MergeRate.discount(path(0, 3, 0)), 1e-9);
    }

    @Test
    void noPriorFallsBelowTheFloor() {
        CostParams adapted = MergeRate.adapt(DEFAULTS, path(0, 1000, 0));
        assertEquals(MergeRate.MIN_PRIOR, adapted.merge(), 1e-12);
        assertEquals(DEFAULTS.quadrupleMerge() - MergeRate.discount(path(0, 1000, 0)), adapted.quadrupleMerge(), 1e-9);
    }

    /** {@code ones} 1-1 beads, {@code merges} 1-2 beads and {@code skips} 0-1 beads, in that order. */
    private static List<Step> path(int ones, int merges, int skips) {
        List<Step> steps = new ArrayList<>();
        int s = 0;
        int t = 0;
        for (int k = 0; k < ones; k++) {
            steps.add(new Step(s++, 1, t++, 1, 0.0));
        }
        for (int k = 0; k < merges; k++) {
            steps.add(new Step(s++, 1, t, 2, 0.0));
            t += 2;
        }
        for (int k = 0; k < skips; k++) {
            steps.add(new Step(s, 0, t++, 1, 0.0));
        }
        return steps;
    }
}
