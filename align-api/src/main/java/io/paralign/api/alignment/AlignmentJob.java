package io.paralign.api.alignment;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * One alignment request from arrival to answer: it waits for the {@link AlignmentGate}, runs on a worker thread,
 * and may be cancelled meanwhile, by its deadline or by its client going away.
 *
 * <p>Cancelling interrupts the worker and answers at once, without waiting for the worker to notice. Whatever the
 * worker then returns or throws is dropped, and nothing is stored: a job is either cancelled or committed (its
 * result handed to the store), never both. The worker's memory and thread go back to the gate only when it has
 * actually stopped.
 *
 * <p>The commit (the store's write) runs after the worker is done: the worker only hands the result over, and the
 * answer completes when the commit's future does, so a worker never waits for a disk.
 *
 * @param <R> what the work computes
 * @param <A> the answer made of it (stored)
 */
final class AlignmentJob<R, A> {
    /** Why a job was cancelled. */
    enum Reason { DEADLINE, DISCONNECT }

    private final CompletableFuture<A> answer = new CompletableFuture<>();
    private final Duration deadline;
    private final Callable<R> work;
    private final Function<R, CompletableFuture<A>> commit;
    private final CancelListener listener;
    private AlignmentGate.Ticket ticket;
    private Future<?> timer;
    private Thread worker;
    private boolean started;
    private boolean committed;
    private Reason cancelled;

    /** Told of each cancelled job: why, and whether its work had started. */
    interface CancelListener {
        void cancelled(Reason reason, boolean started);
    }

    AlignmentJob(Duration deadline, Callable<R> work, Function<R, CompletableFuture<A>> commit,
                 CancelListener listener) {
        this.deadline = deadline;
        this.work = work;
        this.commit = commit;
        this.listener = listener;
    }

    /** The answer: the committed result, the work's failure, or {@link DeadlineExceededException}. */
    CompletableFuture<A> answer() {
        return answer;
    }

    /** Once the job is in the gate: its place, and the timer that cancels it at its deadline. */
    synchronized void waiting(AlignmentGate.Ticket place, Future<?> deadlineTimer) {
        this.ticket = place;
        this.timer = deadlineTimer;
        if (committed) {
            deadlineTimer.cancel(false);
        }
    }

    /**
     * Runs the work on the calling (worker) thread, then hands the result to the commit unless cancelled meanwhile,
     * and returns without waiting for the commit to finish.
     */
    void run(AlignmentGate.Ticket admitted) {
        synchronized (this) {
            if (cancelled != null) {
                admitted.release();
                return;
            }
            worker = Thread.currentThread();
            started = true;
        }
        R result = null;
        Throwable failure = null;
        try {
            result = work.call();
        } catch (Throwable e) {
            failure = e;
        } finally {
            synchronized (this) {
                worker = null;
                Thread.interrupted();   // an interrupt meant for this job must not reach the pool's next one
            }
            admitted.release();
        }
        synchronized (this) {
            if (cancelled != null) {
                return;
            }
            committed = true;
            if (timer != null) {
                timer.cancel(false);
            }
        }
        if (failure != null) {
            answer.completeExceptionally(failure);
            return;
        }
        CompletableFuture<A> committing;
        try {
            committing = commit.apply(result);
        } catch (RuntimeException | Error e) {
            answer.completeExceptionally(e);
            return;
        }
        committing.whenComplete((stored, storeFailure) -> {
            if (storeFailure == null) {
                answer.complete(stored);
            } else {
                answer.completeExceptionally(storeFailure instanceof CompletionException
                        ? storeFailure.getCause() : storeFailure);
            }
        });
    }

    /** Cancels the job unless it is already committed or cancelled; true if this call cancelled it. */
    boolean cancel(Reason reason) {
        AlignmentGate.Ticket place;
        boolean running;
        synchronized (this) {
            if (committed || cancelled != null) {
                return false;
            }
            cancelled = reason;
            running = started;
            if (worker != null) {
                worker.interrupt();
            }
            place = ticket;
            if (timer != null) {
                timer.cancel(false);
            }
        }
        if (place != null) {
            place.withdraw();
        }
        listener.cancelled(reason, running);
        answer.completeExceptionally(reason == Reason.DEADLINE ? new DeadlineExceededException(deadline, running)
                : new ClientGoneException());
        return true;
    }

    /** The client went away before its alignment was done; there is nobody to answer. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("the client went away; the alignment was cancelled", null, false, false);
        }
    }
}
