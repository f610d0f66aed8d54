package io.paralign.batch;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a task on every item of a sequence on an executor, with at most a given number submitted and not yet finished,
 * so that a long sequence read lazily is never held whole, in the executor's queue or anywhere else.
 */
public final class InFlight {
    private InFlight() {
    }

    /**
     * Submits the task for each item in order, waiting for a free slot first; returns once every submitted task has
     * finished. After a task throws, no more items are submitted, and the first failure is rethrown at the end.
     *
     * @throws InterruptedException when the calling thread is interrupted while waiting; tasks already submitted
     *                              still run, the caller owns the executor
     */
    public static <T> void forEach(Iterable<T> items, int limit, Executor executor, Consumer<T> task)
            throws InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        Semaphore slots = new Semaphore(limit);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (T item : items) {
            if (failure.get() != null) {
                break;
            }
            slots.acquire();
            try {
                executor.execute(() -> {
                    try {
                        if (failure.get() == null) {
                            task.accept(item);
                        }
                    } catch (RuntimeException | Error e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        slots.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                slots.release();
                throw e;
            }
        }
        slots.acquire(limit); // every submitted task has finished
        slots.release(limit);
        Throwable first = failure.get();
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }
}
