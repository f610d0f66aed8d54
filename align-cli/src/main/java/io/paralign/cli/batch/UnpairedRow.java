package io.paralign.cli.batch;

import java.util.List;

import io.paralign.diverge.Divergence;

/**
 * A document with no counterpart, with its one-sided findings (duplicated blocks, boilerplate).
 *
 * @param file       file name as given
 * @param language   BCP 47 tag
 * @param paragraphs paragraph count
 * @param sentences  sentence count
 * @param flags      findings within the document
 */
public record UnpairedRow(String file, String language, int paragraphs, int sentences, List<Divergence> flags) {
    public UnpairedRow {
        flags = List.copyOf(flags);
    }
}
