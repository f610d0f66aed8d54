package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
    private final MemoryEstimate estimate = new MemoryEstimate(1000, 10, 100);

    @Test
    void emptyTextsCostTheFixedPart() {
        assertEquals(1000, estimate.of("", ""));
    }

    @Test
    void charactersOfBothTextsAndTheirBreaksCount() {
        assertEquals(1000 + 8 * 10 + 100, estimate.of("Un. Deux", ""));
        assertEquals(1000 + 6 * 10 + 3 * 100, estimate.of("a\nb\n", "\u062C\u061F"));
    }

    @Test
    void breaksAreLineBreaksAndSentenceMarks() {
        assertEquals(6, MemoryEstimate.breaks("a.b!c?d\u061Fe\u2026f\ng"));
        assertEquals(0, MemoryEstimate.breaks("no break here, none"));
    }
}
