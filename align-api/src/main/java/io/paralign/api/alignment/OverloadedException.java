package io.paralign.api.alignment;

/** Too many alignments already wait for their turn. */
public final class OverloadedException extends RuntimeException {
    OverloadedException(int waiting, long waitingBytes) {
        super(waiting + " alignments (" + TooLargeForMemoryException.megabytes(waitingBytes)
                + " MB of text) are already waiting; try again later");
    }
}
