package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** At most the limit of tasks submitted and unfinished, the sequence read as slots free up, the first failure rethrown. */
class InFlightTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void neverMoreThanTheLimitSubmittedAndTheSequenceIsReadAsSlotsFreeUp() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger unfinishedWhenRead = new AtomicInteger();
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        Iterable<Integer> items = () -> new Iterator<>() {
            private final Iterator<Integer> range = IntStream.range(0, 2_000).iterator();

            @Override
            public boolean hasNext() {
                return range.hasNext();
            }

            @Override
            public Integer next() {
                unfinishedWhenRead.accumulateAndGet(read.getAndIncrement() - finished.get(), Math::max);
                return range.next();
            }
        };
        InFlight.forEach(items, 5, pool, i -> {
            Thread.onSpinWait();
            done.add(i);
            finished.incrementAndGet();
        });
        assertEquals(2_000, done.size(), "every item once");
        assertTrue(unfinishedWhenRead.get() <= 5, "items read ahead of the finished ones: " + unfinishedWhenRead);
    }

    @Test
    void theFirstFailureStopsTheSubmissionsAndIsRethrownOnceTheOthersFinish() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InFlight.forEach(
                () -> IntStream.range(0, 100_000).iterator(), 4, pool, i -> {
                    ran.incrementAndGet();
                    if (i == 10) {
                        throw boom;
                    }
                }));
        assertSame(boom, thrown);
        assertTrue(ran.get() < 1_000, "stopped soon after the failure: " + ran);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InFlight.forEach(Set.of(1), 0, pool, i -> { }));
    }
}
