package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentGateTest {
    /** Records the order in which tickets are admitted. */
    private final List<String> admitted = new ArrayList<>();

    private AlignmentGate.Ticket enter(AlignmentGate gate, String name, long estimate) {
        return gate.enter(estimate, 10, t -> admitted.add(name));
    }

    /** Two general slots of 100 bytes, a small lane of 10 bytes, four may wait, 1,000 bytes of waiting text. */
    private static AlignmentGate gate() {
        return new AlignmentGate(2, 100, 10, 4, 1000);
    }

    @Test
    void admitsAtOnceWhileSlotsAndMemoryLast() {
        AlignmentGate gate = gate();
        enter(gate, "a", 40);
        enter(gate, "b", 40);
        assertEquals(List.of("a", "b"), admitted);
        assertEquals(2, gate.runningCount());
        assertEquals(80, gate.reservedMemory());
    }

    @Test
    void aLargeRequestWaitsForMemoryNotOnlyForASlot() {
        AlignmentGate gate = gate();
        AlignmentGate.Ticket a = enter(gate, "a", 70);
        enter(gate, "b", 60);
        assertEquals(List.of("a"), admitted);
        assertEquals(1, gate.waitingCount());
        a.release();
        assertEquals(List.of("a", "b"), admitted);
        assertEquals(0, gate.waitingCount());
    }

    @Test
    void largeRequestsAreAdmittedInArrivalOrder() {
        AlignmentGate gate = gate();
        AlignmentGate.Ticket a = enter(gate, "a", 70);
        enter(gate, "b", 60);
        enter(gate, "c", 20);   // would fit now, but b came first
        assertEquals(List.of("a"), admitted);
        a.release();
        assertEquals(List.of("a", "b", "c"), admitted);
    }

    @Test
    void aSmallRequestTakesItsLaneWhenLargeOnesHoldEverySlot() {
        AlignmentGate gate = gate();
        enter(gate, "a", 50);
        enter(gate, "b", 50);
        enter(gate, "c", 50);
        enter(gate, "small", 5);
        assertEquals(List.of("a", "b", "small"), admitted);
        assertEquals(1, gate.waitingCount());
    }

    @Test
    void aSmallRequestDoesNotTakeAGeneralSlotALargeOneWaitsFor() {
        AlignmentGate gate = gate();
        AlignmentGate.Ticket a = enter(gate, "a", 50);
        enter(gate, "b", 50);
        enter(gate, "c", 50);
        enter(gate, "s1", 5);
        enter(gate, "s2", 5);
        assertEquals(List.of("a", "b", "s1"), admitted);
        a.release();
        assertEquals(List.of("a", "b", "s1", "c"), admitted);
    }

    @Test
    void aSmallRequestTakesAFreeGeneralSlotWhenItsLaneIsBusy() {
        AlignmentGate gate = gate();
        enter(gate, "s1", 5);
        enter(gate, "s2", 5);
        enter(gate, "s3", 5);
        enter(gate, "s4", 5);
        assertEquals(List.of("s1", "s2", "s3"), admitted);
        assertEquals(3, gate.runningCount());
        assertEquals(1, gate.waitingCount());
    }

    @Test
    void aWithdrawnRequestIsNeverAdmitted() {
        AlignmentGate gate = gate();
        AlignmentGate.Ticket a = enter(gate, "a", 100);
        AlignmentGate.Ticket b = enter(gate, "b", 100);
        assertTrue(b.withdraw());
        assertFalse(b.withdraw());
        a.release();
        assertEquals(List.of("a"), admitted);
        assertEquals(0, gate.runningCount());
        assertFalse(a.withdraw(), "an admitted request is not waiting");
    }

    @Test
    void releasingTwiceGivesBackOnce() {
        AlignmentGate gate = gate();
        AlignmentGate.Ticket a = enter(gate, "a", 60);
        a.release();
        a.release();
        assertEquals(0, gate.reservedMemory());
        enter(gate, "b", 100);
        enter(gate, "c", 100);
        assertEquals(List.of("a", "b"), admitted);
    }

    @Test
    void moreThanTheWholeBudgetIsRefusedAtOnce() {
        AlignmentGate gate = gate();
        assertThrows(TooLargeForMemoryException.class, () -> enter(gate, "huge", 101));
        assertEquals(0, gate.waitingCount());
        assertTrue(admitted.isEmpty());
    }

    @Test
    void aFullQueueRefusesFurtherRequests() {
        AlignmentGate gate = gate();
        for (int i = 0; i < 5; i++) {
            enter(gate, "r" + i, 100);   // the first takes all the memory: the other four wait
        }
        assertEquals(1, gate.runningCount());
        assertEquals(4, gate.waitingCount());
        assertThrows(OverloadedException.class, () -> enter(gate, "more", 100));
        assertEquals(4, gate.waitingCount());
    }

    @Test
    void waitingTextsAreBoundedToo() {
        AlignmentGate gate = new AlignmentGate(1, 100, 0, 10, 25);
        gate.enter(100, 10, t -> { });
        gate.enter(100, 10, t -> { });
        gate.enter(100, 10, t -> { });
        assertThrows(OverloadedException.class, () -> gate.enter(100, 10, t -> { }));
        assertEquals(2, gate.waitingCount());
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AlignmentGate(0, 100, 10, 1, 1));
    }
}
