package io.paralign.spark;

/** The job's input or options cannot be used at all (a missing column, an unreadable table); the message is one line. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
