package io.paralign.eval;

/**
 * Beads that a ladder cannot express: they do not follow one another, each starting where the previous one ended,
 * in sentence order on both sides. The message names the bead and the rung it should have started at.
 */
public class BeadOrderException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BeadOrderException(String message) {
        super(message);
    }
}
