package io.paralign.api.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decides when an alignment may run, by the memory it will need and a thread to run it on. Alignment is CPU-bound,
 * so running more at once than there are cores only interleaves them (measured on the seed pair with 2 cores:
 * about 15% more CPU per alignment with 32 running than with 2); and its memory grows with its input, so a few
 * large inputs at once could exhaust the heap.
 *
 * <p>The policy:
 * <ul>
 *   <li>The <em>general lane</em> has {@code slots} threads and {@code memory} bytes. A request is admitted to it
 *       when a slot is free and its estimated memory fits in what the running ones left; large requests are
 *       admitted in arrival order, so a large one at the head of the queue is not overtaken by later large
 *       ones (no starvation).</li>
 *   <li>The <em>small lane</em> is one more thread with memory of its own, which only small requests (estimate up
 *       to {@code smallMemory}) may take: a small request never waits behind large ones. A small request takes the
 *       small lane first, a general slot when the small lane is busy and no large request waits.</li>
 *   <li>A request whose estimate exceeds its lane's memory can never run: {@link TooLargeForMemoryException}
 *       at once. When {@code maxWaiting} requests already wait, or the texts of those waiting would exceed
 *       {@code waitingMemory}, the request is refused: {@link OverloadedException}.</li>
 * </ul>
 * Admission calls back ({@code onAdmitted}) outside the gate's lock; the holder {@link Ticket#release() releases}
 * when its work has stopped, which admits those waiting that now fit.
 */
final class AlignmentGate {
    private final int slots;
    private final long memory;
    private final long smallMemory;
    private final int maxWaiting;
    private final long waitingMemory;
    private final Deque<Ticket> large = new ArrayDeque<>();
    private final Deque<Ticket> small = new ArrayDeque<>();
    private int freeSlots;
    private long freeMemory;
    private boolean smallLaneFree = true;
    private long waitingBytes;

    /**
     * @param slots         threads of the general lane, at least 1
     * @param memory        bytes of the general lane
     * @param smallMemory   bytes of the small lane: a request estimated at most this much is small
     * @param maxWaiting    most requests waiting at once
     * @param waitingMemory most bytes of text held by the requests waiting
     */
    AlignmentGate(int slots, long memory, long smallMemory, int maxWaiting, long waitingMemory) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one alignment must be allowed to run, was " + slots);
        }
        if (memory < 1 || smallMemory < 0 || maxWaiting < 0 || waitingMemory < 0) {
            throw new IllegalArgumentException("memory must be positive and the other limits not negative, were "
                    + memory + ", " + smallMemory + ", " + maxWaiting + ", " + waitingMemory);
        }
        this.slots = slots;
        this.memory = memory;
        this.smallMemory = smallMemory;
        this.maxWaiting = maxWaiting;
        this.waitingMemory = waitingMemory;
        this.freeSlots = slots;
        this.freeMemory = memory;
    }

    /**
     * Asks to run a request. {@code onAdmitted} is given the ticket, once: on this thread if the request is admitted
     * at once, else on the thread of the {@link Ticket#release()} that made room.
     *
     * @param estimate  bytes of memory the request will need
     * @param textBytes bytes its texts take while it waits
     */
    Ticket enter(long estimate, long textBytes, Consumer<Ticket> onAdmitted) {
        Ticket ticket = new Ticket(estimate, textBytes, onAdmitted);
        List<Ticket> admitted;
        synchronized (this) {
            if (estimate > Math.max(memory, smallMemory)) {
                throw new TooLargeForMemoryException(estimate, Math.max(memory, smallMemory));
            }
            (ticket.small() ? small : large).addLast(ticket);
            admitted = admitWaiting();
            if (ticket.lane == null) {
                if (waitingCount() > maxWaiting || waitingBytes + textBytes > waitingMemory) {
                    (ticket.small() ? small : large).remove(ticket);
                    throw new OverloadedException(waitingCount(), waitingBytes);
                }
                waitingBytes += textBytes;
                ticket.state = State.WAITING;
            }
        }
        admitted.forEach(t -> t.onAdmitted.accept(t));
        return ticket;
    }

    /** Requests waiting. */
    synchronized int waitingCount() {
        return large.size() + small.size();
    }

    /** Requests running. */
    synchronized int runningCount() {
        return slots - freeSlots + (smallLaneFree ? 0 : 1);
    }

    /** Bytes held by running requests. */
    synchronized long reservedMemory() {
        return memory - freeMemory + (smallLaneFree ? 0 : smallMemory);
    }

    /** Admits, in order, the waiting requests that fit. Holds the lock. */
    private List<Ticket> admitWaiting() {
        List<Ticket> admitted = new ArrayList<>(2);
        boolean progress = true;
        while (progress) {
            progress = false;
            Ticket head = small.peekFirst();
            if (head != null && smallLaneFree) {
                small.removeFirst();
                smallLaneFree = false;
                admitted.add(head.admit(Lane.SMALL));
                progress = true;
            }
            head = large.peekFirst();
            if (head != null && fitsGeneral(head)) {
                large.removeFirst();
                admitted.add(takeGeneral(head));
                progress = true;
            }
            head = small.peekFirst();
            if (head != null && large.isEmpty() && fitsGeneral(head)) {
                small.removeFirst();
                admitted.add(takeGeneral(head));
                progress = true;
            }
        }
        for (Ticket ticket : admitted) {
            if (ticket.state == State.WAITING) {
                waitingBytes -= ticket.textBytes;
            }
            ticket.state = State.RUNNING;
        }
        return admitted;
    }

    private boolean fitsGeneral(Ticket ticket) {
        return freeSlots > 0 && ticket.estimate <= freeMemory;
    }

    private Ticket takeGeneral(Ticket ticket) {
        freeSlots--;
        freeMemory -= ticket.estimate;
        return ticket.admit(Lane.GENERAL);
    }

    private enum Lane { GENERAL, SMALL }

    private enum State { NEW, WAITING, RUNNING, DONE }

    /** One request's place: waiting, running, or done. */
    final class Ticket {
        private final long estimate;
        private final long textBytes;
        private final Consumer<Ticket> onAdmitted;
        private State state = State.NEW;
        private Lane lane;

        private Ticket(long estimate, long textBytes, Consumer<Ticket> onAdmitted) {
            this.estimate = estimate;
            this.textBytes = textBytes;
            this.onAdmitted = onAdmitted;
        }

        private boolean small() {
            return estimate <= smallMemory;
        }

        private Ticket admit(Lane to) {
            lane = to;
            return this;
        }

        /** Leaves the queue if still waiting; true if it did (it will then never be admitted). */
        boolean withdraw() {
            synchronized (AlignmentGate.this) {
                if (lane == null && (small.remove(this) || large.remove(this))) {
                    if (state == State.WAITING) {
                        waitingBytes -= textBytes;
                    }
                    state = State.DONE;
                    return true;
                }
                return false;
            }
        }

        /** Gives back the thread and memory of an admitted request, once its work has stopped. */
        void release() {
            List<Ticket> admitted;
            synchronized (AlignmentGate.this) {
                if (lane == null || state == State.DONE) {
                    return;
                }
                state = State.DONE;
                if (lane == Lane.SMALL) {
                    smallLaneFree = true;
                } else {
                    freeSlots++;
                    freeMemory += estimate;
                }
                admitted = admitWaiting();
            }
            admitted.forEach(t -> t.onAdmitted.accept(t));
        }
    }
}
