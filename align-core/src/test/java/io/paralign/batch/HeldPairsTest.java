package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.PreparedPair;
import org.junit.jupiter.api.Test;

class HeldPairsTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    private static PreparedPair pair(String german, String french) {
        return PIPELINE.prepare(PIPELINE.segment(german, "de", true), PIPELINE.segment(french, "fr", true));
    }

    private static long weight(PreparedPair pair) {
        return pair.characters() * HeldPairs.BYTES_PER_CHARACTER;
    }

    @Test
    void holdsPairsWhileTheBudgetHasRoomAndGivesTheRoomBackWhenOneIsTaken() {
        PreparedPair first = pair("Der Bäcker backt das Brot am Morgen.", "Le boulanger fait le pain le matin.");
        PreparedPair second = pair("Die Stadt hat einen neuen Bahnhof.", "La ville a une nouvelle gare.");
        HeldPairs held = new HeldPairs(weight(first) + weight(second) - 1);
        assertTrue(held.offer(0, first));
        assertFalse(held.offer(1, second), "over the budget by a byte");
        assertNull(held.take(1), "not held, so prepared again");
        assertSame(first, held.take(0));
        assertNull(held.take(0), "taken once");
        assertTrue(held.offer(1, second), "the first's room is free again");
        assertSame(second, held.take(1));
    }

    @Test
    void aPositionHoldsOnePair() {
        PreparedPair first = pair("Der Bäcker backt das Brot am Morgen.", "Le boulanger fait le pain le matin.");
        PreparedPair again = pair("Der Bäcker backt das Brot am Morgen.", "Le boulanger fait le pain le matin.");
        HeldPairs held = new HeldPairs(10 * weight(first));
        assertTrue(held.offer(3, first));
        assertFalse(held.offer(3, again));
        assertSame(first, held.take(3));
        assertTrue(held.offer(4, again) && held.offer(5, first), "the refused offer took no room");
    }

    @Test
    void theDefaultBudgetIsASixteenthOfTheHeapAtMost32Megabytes() {
        PreparedPair pair = pair("Der Bäcker backt das Brot am Morgen.", "Le boulanger fait le pain le matin.");
        long budget = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 16);
        HeldPairs held = HeldPairs.withDefaultBudget();
        long fit = budget / weight(pair);
        for (int i = 0; i < fit; i++) {
            assertTrue(held.offer(i, pair), "pair " + i + " of " + fit);
        }
        assertFalse(held.offer((int) fit, pair));
        assertEquals(pair, held.take(0));
    }
}
