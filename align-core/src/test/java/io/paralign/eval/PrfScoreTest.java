package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrfScoreTest {

    @Test
    void scoresFromCountsByHand() {
        // 3 of 4 predicted right, 3 of 6 reference found: P 0.75, R 0.5, F1 2 * 0.375 / 1.25 = 0.6
        assertEquals(new PrfScore(0.75, 0.5, 0.6), PrfScore.fromCounts(3, 4, 3, 6));
        // nothing predicted or nothing to find gives 0, not a division by zero
        assertEquals(new PrfScore(0, 0, 0), PrfScore.fromCounts(0, 0, 0, 0));
        assertEquals(new PrfScore(1, 0, 0), PrfScore.fromCounts(2, 2, 0, 0));
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        assertEquals("precision 1.5 is not in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new PrfScore(1.5, 0, 0)).getMessage());
        assertEquals("recall -0.1 is not in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new PrfScore(0, -0.1, 0)).getMessage());
        assertEquals("f1 NaN is not in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> new PrfScore(0, 0, Double.NaN)).getMessage());
        assertEquals("invalid counts: 5/4 predicted, 0/0 reference",
                assertThrows(IllegalArgumentException.class, () -> PrfScore.fromCounts(5, 4, 0, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PrfScore.fromCounts(0, 0, 3, 2));
        assertThrows(IllegalArgumentException.class, () -> PrfScore.fromCounts(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PrfScore.fromCounts(0, 0, -1, 0));
    }
}
