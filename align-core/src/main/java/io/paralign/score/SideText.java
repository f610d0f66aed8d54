package io.paralign.score;

import io.paralign.anchor.Anchor;
import java.util.List;

/**
 * What scoring needs to know of one side's sentences, in sentence order.
 *
 * @param stems         the side's distinct stems, numbered
 * @param stemIds       each sentence's stems ({@link Tokenizer}) as their numbers in {@code stems}, in order, with
 *                      repeats
 * @param anchors       anchors of each sentence
 * @param lengths       length of each sentence in characters
 * @param heading       whether each sentence is a heading
 * @param expendable    whether each sentence is expected to lack a counterpart: a repeat of an earlier sentence
 *                      of the same side, or publisher boilerplate
 * @param endsParagraph whether each sentence is the last of its paragraph
 */
public record SideText(Stems stems, int[][] stemIds, List<List<Anchor>> anchors, int[] lengths, boolean[] heading,
                       boolean[] expendable, boolean[] endsParagraph) {
    public SideText {
        int n = lengths.length;
        if (stemIds.length != n || anchors.size() != n || heading.length != n || expendable.length != n
                || endsParagraph.length != n) {
            throw new IllegalArgumentException("side text arrays differ in length: stems " + stemIds.length
                    + ", anchors " + anchors.size() + ", lengths " + n);
        }
    }

    /** A side whose sentences' stems are given as strings, numbered here in order of first appearance. */
    public SideText(List<List<String>> tokens, List<List<Anchor>> anchors, int[] lengths, boolean[] heading,
                    boolean[] expendable, boolean[] endsParagraph) {
        this(new Stems(), tokens, anchors, lengths, heading, expendable, endsParagraph);
    }

    private SideText(Stems stems, List<List<String>> tokens, List<List<Anchor>> anchors, int[] lengths,
                     boolean[] heading, boolean[] expendable, boolean[] endsParagraph) {
        this(stems, tokens.stream().map(stems::ids).toArray(int[][]::new), anchors, lengths, heading, expendable,
                endsParagraph);
    }

    public int size() {
        return lengths.length;
    }

    /** The stems of sentence {@code s}, in order, with repeats. */
    public List<String> tokens(int s) {
        return stems.stems(stemIds[s]);
    }
}
