package io.paralign.api.alignment;

import java.time.Duration;

/** An alignment not done within {@code paralign.api.alignment-deadline} of its arrival; it has been cancelled. */
public final class DeadlineExceededException extends RuntimeException {
    DeadlineExceededException(Duration deadline, boolean started) {
        super("the alignment was not done within " + deadline.toMillis() + " ms ("
                + (started ? "it was running" : "it was still waiting for its turn")
                + ") and was cancelled; nothing was stored");
    }
}
