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
 * @param detection  how the language was told from the text when it was asked for ({@code auto}); null when it
 *                   was given
 */
public record Document(String language, String text, ParagraphStyle style,
                       List<Paragraph> paragraphs, List<Sentence> sentences, LanguageDetection detection) {
    public Document {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    /** A document whose language was given. */
    public Document(String language, String text, ParagraphStyle style, List<Paragraph> paragraphs,
                    List<Sentence> sentences) {
        this(language, text, style, paragraphs, sentences, null);
    }

    /** This document, its language told from its text as {@code detection} says. */
    public Document detected(LanguageDetection detection) {
        return new Document(language, text, style, paragraphs, sentences, detection);
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
