package io.paralign.pipeline;

/**
 * The thread running an alignment was interrupted (a deadline passed, a client went away), and the pipeline
 * stopped at its next check: between stages, or every row, sentence or item of a long loop. The interrupt status
 * stays set. The message names the stage that noticed.
 */
public final class AlignmentCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String stage;

    AlignmentCancelledException(String stage, Throwable cause) {
        super("alignment cancelled: thread interrupted during " + stage, cause);
        this.stage = stage;
    }

    /** The stage or loop that noticed the interrupt, such as "sentence dynamic programme". */
    public String stage() {
        return stage;
    }
}
