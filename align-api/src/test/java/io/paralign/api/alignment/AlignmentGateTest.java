package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AlignmentGateTest {
    @Test
    void noMoreThanTheLimitRunAtOnceAndAllFinish() throws Exception {
        AlignmentGate gate = new AlignmentGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int task = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return gate.run(() -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                        return task;
                    });
                }));
            }
            start.countDown();
            for (int i = 0; i < 8; i++) {
                assertEquals(i, results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2, most.get());
    }

    @Test
    void aFailingAlignmentGivesItsPermitBack() {
        AlignmentGate gate = new AlignmentGate(1);
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("bad input");
        }));
        assertEquals("next", gate.run(() -> "next"));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AlignmentGate(0));
    }
}
