package io.paralign.align;

import java.util.List;

/**
 * How many units of each side a bead takes: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, and at paragraph level 3-1 and 1-3.
 *
 * @param source units taken from the source side (0 to 3)
 * @param target units taken from the target side (0 to 3)
 */
public record Shape(int source, int target) {
    /** The beads of sentence alignment (Gale &amp; Church 1993, plus 2-2). */
    public static final List<Shape> SENTENCE = List.of(
            new Shape(1, 1), new Shape(1, 0), new Shape(0, 1),
            new Shape(2, 1), new Shape(1, 2), new Shape(2, 2));

    /** The beads of paragraph alignment: sentence beads plus merges of three short paragraphs. */
    public static final List<Shape> PARAGRAPH = List.of(
            new Shape(1, 1), new Shape(1, 0), new Shape(0, 1),
            new Shape(2, 1), new Shape(1, 2), new Shape(2, 2),
            new Shape(3, 1), new Shape(1, 3));

    public Shape {
        if (source < 0 || target < 0 || source + target == 0 || source > 3 || target > 3) {
            throw new IllegalArgumentException("invalid bead shape " + source + "-" + target);
        }
    }

    public boolean isSkip() {
        return source == 0 || target == 0;
    }

    @Override
    public String toString() {
        return source + "-" + target;
    }
}
