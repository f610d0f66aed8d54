package io.paralign.eval;

/**
 * A bead refers to a sentence that does not exist, or covers a sentence another bead already
 * covers. The message names the id and the sentence count.
 */
public class BeadRangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BeadRangeException(String message) {
        super(message);
    }
}
