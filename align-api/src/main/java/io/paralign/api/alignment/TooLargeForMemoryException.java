package io.paralign.api.alignment;

/** A request whose alignment would need more memory than the service gives all alignments together. */
public final class TooLargeForMemoryException extends RuntimeException {
    TooLargeForMemoryException(long estimate, long budget) {
        super("aligning these texts needs an estimated " + megabytes(estimate) + " MB of memory, more than the "
                + megabytes(budget) + " MB this server gives alignments; send shorter texts");
    }

    static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
