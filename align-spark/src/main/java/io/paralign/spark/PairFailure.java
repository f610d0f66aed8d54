package io.paralign.spark;

/** One pair's texts cannot be had (a missing field, an unreadable or oversized file, bad UTF-8); its row says why. */
final class PairFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    PairFailure(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    PairFailure(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
