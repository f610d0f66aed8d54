package io.paralign.cancel;

/**
 * Where a long computation may stop: if the current thread has been interrupted, it throws
 * {@link CancelledException} naming the place. The interrupt status is left set, so the caller still sees it.
 * Reading the status is cheap, but callers check once per row, sentence or item, not per innermost step.
 */
public final class Cancellation {
    private Cancellation() {
    }

    /**
     * @param where the stage or loop about to continue, for the message ("sentence dynamic programme")
     * @throws CancelledException when the current thread is interrupted
     */
    public static void check(String where) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancelledException(where);
        }
    }
}
