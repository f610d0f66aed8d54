package io.paralign.model;

/**
 * A text handed to the library cannot be aligned: it is null, empty, has no letters, or does not
 * fit the declared layout. The message names the side and the values involved.
 */
public class InvalidTextException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTextException(String message) {
        super(message);
    }
}
