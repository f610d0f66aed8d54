package io.paralign.eval;

import java.util.List;

/**
 * A divergence a data set says should be flagged (one entry of an articles-ar-fr {@code NNN.edits.json}).
 *
 * @param edit      what was done to the text (heading, drop_sentence, drop_paragraph, number, boilerplate, repeat, merge)
 * @param language  language of the side the flag should point at
 * @param type      expected flag type code; null when the edit should raise no flag (a merge)
 * @param sentences sentence ids (in that side's sentence file) the flag should cover; empty when given as texts
 * @param texts     texts the flag should cover, for headings and boilerplate
 */
public record ExpectedFlag(String edit, String language, String type, List<Integer> sentences, List<String> texts) {
    public ExpectedFlag {
        sentences = List.copyOf(sentences);
        texts = List.copyOf(texts);
    }
}
