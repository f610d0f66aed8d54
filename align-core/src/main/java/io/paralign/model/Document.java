package io.paralign.model;

import java.util.List;

/**
 * A segmented document: its original text, language, and the paragraphs and sentences found in it.
 * Every span points into {@link #text()}.
 *
 * @param language   BCP 47 language tag, e.g. {@code ar} or {@code fr}
 * @param text       the original text
 * @param style      how paragraphs were delimited
 * @param paragraphs the paragraphs in text order
 * @param sentences  the sentences in text order
 */
public record Document(String language, String text, ParagraphStyle style,
                       List<Paragraph> paragraphs, List<Sentence> sentences) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public Paragraph paragraph(int index) {
        return paragraphs.get(index);
    }

    /** Sentences of one paragraph. */
    public List<Sentence> sentencesOf(Paragraph paragraph) {
        return sentences.subList(paragraph.firstSentence(), paragraph.endSentence());
    }
}
