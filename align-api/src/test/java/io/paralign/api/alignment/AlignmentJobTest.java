package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AlignmentJobTest {
    private final AlignmentGate gate = new AlignmentGate(1, 100, 0, 10, 1000);
    private final List<String> cancellations = new ArrayList<>();
    private final List<String> committed = new ArrayList<>();

    private AlignmentJob<String, String> job(java.util.concurrent.Callable<String> work) {
        return job(work, r -> CompletableFuture.completedFuture("stored " + r));
    }

    private AlignmentJob<String, String> job(java.util.concurrent.Callable<String> work,
                                             java.util.function.Function<String, CompletableFuture<String>> store) {
        return new AlignmentJob<>(Duration.ofMillis(50), work, r -> {
            committed.add(r);
            return store.apply(r);
        }, (reason, started) -> cancellations.add(reason + (started ? " running" : " waiting")));
    }

    private static Throwable failure(CompletableFuture<?> answer) throws InterruptedException {
        try {
            answer.get(5, TimeUnit.SECONDS);
            throw new AssertionError("answered " + answer.join());
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer", e);
        }
    }

    @Test
    void aJobRunToTheEndIsCommitted() throws Exception {
        AlignmentJob<String, String> job = job(() -> "result");
        gate.enter(10, 1, job::run);
        assertEquals("stored result", job.answer().get());
        assertEquals(List.of("result"), committed);
        assertFalse(job.cancel(AlignmentJob.Reason.DEADLINE), "a committed job cannot be cancelled");
        assertEquals(0, gate.runningCount());
    }

    /**
     * The worker hands its result to the store and returns at once, its place in the gate free for the next
     * alignment; the answer completes when the store's write does, past the deadline too (a committed job is not
     * cancelled), and a failed write fails the answer with its own exception.
     */
    @Test
    void theWorkerDoesNotWaitForTheStoreAndTheAnswerFollowsTheWrite() throws Exception {
        CompletableFuture<String> write = new CompletableFuture<>();
        AlignmentJob<String, String> job = job(() -> "result", r -> write);
        Thread worker = new Thread(() -> job.run(gate.enter(10, 1, t -> { })));
        worker.start();
        worker.join(5_000);
        assertFalse(worker.isAlive(), "the worker waited for the store");
        assertEquals(List.of("result"), committed);
        assertEquals(0, gate.runningCount());
        Thread.sleep(100);
        assertFalse(job.answer().isDone(), "answered before the write");
        assertFalse(job.cancel(AlignmentJob.Reason.DEADLINE), "a committed job cannot be cancelled");
        write.complete("stored result");
        assertEquals("stored result", job.answer().get(5, TimeUnit.SECONDS));

        CompletableFuture<String> failing = new CompletableFuture<>();
        AlignmentJob<String, String> failed = job(() -> "other", r -> failing.thenApply(w -> w));
        failed.run(gate.enter(10, 1, t -> { }));
        IllegalStateException disk = new IllegalStateException("disk gone");
        failing.completeExceptionally(disk);
        assertEquals(disk, failure(failed.answer()));
    }

    @Test
    void aWaitingJobCancelledLeavesTheQueueAndNeverRuns() throws Exception {
        AlignmentGate.Ticket running = gate.enter(100, 1, t -> { });
        AtomicBoolean ran = new AtomicBoolean();
        AlignmentJob<String, String> job = job(() -> {
            ran.set(true);
            return "late";
        });
        job.waiting(gate.enter(100, 1, job::run), new CompletableFuture<>());
        assertTrue(job.cancel(AlignmentJob.Reason.DEADLINE));
        assertInstanceOf(DeadlineExceededException.class, failure(job.answer()));
        assertEquals(0, gate.waitingCount());
        running.release();
        assertFalse(ran.get());
        assertEquals(List.of("DEADLINE waiting"), cancellations);
    }

    /** A worker that notices the interrupt and throws (as align-core's cancellation will), or one that does not. */
    @Test
    void aRunningJobCancelledIsInterruptedAnsweredAtOnceAndNeverCommitted() throws Exception {
        for (boolean throwsOnInterrupt : new boolean[] {true, false}) {
            committed.clear();
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AlignmentJob<String, String> job = job(() -> {
                started.countDown();
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                    if (throwsOnInterrupt) {
                        throw new IllegalStateException("alignment cancelled");
                    }
                } finally {
                    stopped.countDown();
                }
                return "done anyway";
            });
            Thread worker = new Thread(() -> gate.enter(10, 1, job::run));
            worker.start();
            assertTrue(started.await(5, TimeUnit.SECONDS));
            assertTrue(job.cancel(AlignmentJob.Reason.DISCONNECT));
            assertInstanceOf(AlignmentJob.ClientGoneException.class, failure(job.answer()));
            assertTrue(stopped.await(5, TimeUnit.SECONDS));
            worker.join(5_000);
            assertTrue(interrupted.get());
            assertEquals(List.of(), committed);
            assertEquals(0, gate.runningCount(), "the permit is back once the worker stopped");
        }
    }

    @Test
    void aFailureIsTheAnswerAndTheWorkerIsLeftUninterrupted() throws Exception {
        AlignmentJob<String, String> job = job(() -> {
            throw new IllegalArgumentException("bad text");
        });
        gate.enter(10, 1, job::run);
        assertInstanceOf(IllegalArgumentException.class, failure(job.answer()));
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(0, gate.runningCount());
    }
}
