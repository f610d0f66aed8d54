package io.paralign.cancel;

/**
 * The current thread was interrupted while a stage was running; thrown by {@link Cancellation#check}. Unchecked,
 * so that it passes through stage interfaces; the pipeline rethrows it as its own public exception.
 */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String where;

    public CancelledException(String where) {
        super("interrupted during " + where);
        this.where = where;
    }

    /** The stage or loop that noticed the interrupt. */
    public String where() {
        return where;
    }
}
