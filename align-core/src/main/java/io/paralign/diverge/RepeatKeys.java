package io.paralign.diverge;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@linkplain DuplicateBlockDetector#repeatKey repeat keys} of one document's sentences and paragraphs, made
 * once: the aligner reads them to treat repeats as expendable, the duplicate detector to flag them.
 *
 * @param sentences the key of each sentence, by sentence index
 * @param paragraphs the key of each paragraph, by paragraph index
 */
public record RepeatKeys(List<String> sentences, List<String> paragraphs) {
    public RepeatKeys {
        sentences = List.copyOf(sentences);
        paragraphs = List.copyOf(paragraphs);
    }

    public static RepeatKeys of(Document document) {
        List<String> sentences = new ArrayList<>(document.sentenceCount());
        for (Sentence sentence : document.sentences()) {
            sentences.add(DuplicateBlockDetector.repeatKey(sentence.text()));
        }
        List<String> paragraphs = new ArrayList<>(document.paragraphs().size());
        for (Paragraph paragraph : document.paragraphs()) {
            paragraphs.add(DuplicateBlockDetector.repeatKey(
                    document.text().substring(paragraph.span().start(), paragraph.span().end())));
        }
        return new RepeatKeys(sentences, paragraphs);
    }
}
