package io.paralign.segment;

import io.paralign.model.Document;
import io.paralign.model.Sentence;
import java.util.List;

/** Test helper: the sentence texts a segmenter finds. */
final class Segments {
    private Segments() {
    }

    static List<String> sentences(String text, String language) {
        return texts(new IcuSegmenter().segment(text, language));
    }

    static List<String> texts(Document document) {
        return document.sentences().stream().map(Sentence::text).toList();
    }
}
