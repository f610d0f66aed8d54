package io.paralign.segment;

import io.paralign.model.Document;

/** Splits a text into paragraphs and sentences, keeping character offsets into the original. */
public interface Segmenter {
    /**
     * @param text     the original text
     * @param language BCP 47 tag of the text's language
     * @return the segmented document
     * @throws io.paralign.model.InvalidTextException if the text is null, empty or has no letters
     */
    Document segment(String text, String language);
}
