package io.paralign.align;

import java.util.List;

/**
 * How many units of each side a bead takes: 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, and 3-1, 1-3, 4-1, 1-4.
 *
 * @param source units taken from the source side (0 to 4)
 * @param target units taken from the target side (0 to 4)
 */
public record Shape(int source, int target) {
    /**
     * The beads of a learning pass over sentences (Gale &amp; Church 1993, plus 2-2). A pass that learns the length
     * ratio must not be able to absorb a wrong prior ratio into wide merges: with one sentence against three or four
     * allowed, a ratio off by half made the first pass merge sentences to fit it, and its 1-1 beads taught the
     * wrong ratio back.
     */
    public static final List<Shape> COMMON = List.of(
            new Shape(1, 1), new Shape(1, 0), new Shape(0, 1),
            new Shape(2, 1), new Shape(1, 2), new Shape(2, 2));

    /**
     * The beads of the final sentence alignment: the common ones plus one sentence against three or four, as a
     * translator splits a long sentence or joins short ones (about one bead in twelve of Bertalign's Chinese-English
     * literary gold, and a few of Text+Berg's).
     */
    public static final List<Shape> SENTENCE = List.of(
            new Shape(1, 1), new Shape(1, 0), new Shape(0, 1),
            new Shape(2, 1), new Shape(1, 2), new Shape(2, 2),
            new Shape(3, 1), new Shape(1, 3), new Shape(4, 1), new Shape(1, 4));

    /** The beads of paragraph alignment: the common ones plus merges of three short paragraphs. */
    public static final List<Shape> PARAGRAPH = List.of(
            new Shape(1, 1), new Shape(1, 0), new Shape(0, 1),
            new Shape(2, 1), new Shape(1, 2), new Shape(2, 2),
            new Shape(3, 1), new Shape(1, 3));

    public Shape {
        if (source < 0 || target < 0 || source + target == 0 || source > 4 || target > 4) {
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
