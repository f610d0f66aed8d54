package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BeadRangeTest {

    @Test
    void acceptsIdsInRangeWithGaps() {
        assertDoesNotThrow(() -> BeadIds.validate(BeadFormat.parse("[0,1]:[0]\n[3]:[]\n[]:[2]"), 4, 3));
    }

    @Test
    void rejectsIdAtOrPastTheCount() {
        var e = assertThrows(BeadRangeException.class,
                () -> BeadIds.validate(BeadFormat.parse("[0]:[0]\n[1]:[3]"), 2, 3));
        assertEquals("target id 3 is out of range: the target has 3 sentences", e.getMessage());
    }

    @Test
    void rejectsAnIdCoveredTwice() {
        var e = assertThrows(BeadRangeException.class,
                () -> BeadIds.validate(BeadFormat.parse("[0,1]:[0]\n[1]:[1]"), 5, 5));
        assertEquals("source id 1 is covered by more than one bead", e.getMessage());
    }

    @Test
    void rangeCheckToleratesAnIdCoveredTwiceButNotOnePastTheEnd() {
        assertDoesNotThrow(() -> BeadIds.validateRange(BeadFormat.parse("[0,1]:[0]\n[1]:[1]"), 5, 5));
        assertThrows(BeadRangeException.class,
                () -> BeadIds.validateRange(BeadFormat.parse("[0]:[0]\n[1]:[3]"), 2, 3));
        assertEquals("source id 2 is out of range: the source has 2 sentences", assertThrows(BeadRangeException.class,
                () -> BeadIds.validateRange(BeadFormat.parse("[0]:[0]\n[2]:[1]"), 2, 3)).getMessage());
    }
}
