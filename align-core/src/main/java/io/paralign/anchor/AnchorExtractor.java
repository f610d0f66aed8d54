package io.paralign.anchor;

import java.util.List;

/** Finds anchors in one piece of text. */
public interface AnchorExtractor {
    /**
     * @param text     the text of one sentence or paragraph, as written
     * @param offset   where {@code text} starts in the document, so that anchor spans are document offsets
     * @param language BCP 47 tag of the text's language
     * @return anchors in text order
     */
    List<Anchor> extract(String text, int offset, String language);
}
