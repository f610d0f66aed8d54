package io.paralign.score;

import io.paralign.anchor.Anchor;
import java.util.List;

/**
 * What scoring needs to know of one side's sentences, in sentence order.
 *
 * @param tokens        stems of each sentence ({@link Tokenizer})
 * @param anchors       anchors of each sentence
 * @param lengths       length of each sentence in characters
 * @param heading       whether each sentence is a heading
 * @param expendable    whether each sentence is expected to lack a counterpart: a repeat of an earlier sentence
 *                      of the same side, or publisher boilerplate
 * @param endsParagraph whether each sentence is the last of its paragraph
 */
public record SideText(List<List<String>> tokens, List<List<Anchor>> anchors, int[] lengths, boolean[] heading,
                       boolean[] expendable, boolean[] endsParagraph) {
    public SideText {
        int n = lengths.length;
        if (tokens.size() != n || anchors.size() != n || heading.length != n || expendable.length != n
                || endsParagraph.length != n) {
            throw new IllegalArgumentException("side text arrays differ in length: tokens " + tokens.size()
                    + ", anchors " + anchors.size() + ", lengths " + n);
        }
    }

    public int size() {
        return lengths.length;
    }
}
