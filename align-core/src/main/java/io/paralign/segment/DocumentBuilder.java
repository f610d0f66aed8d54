package io.paralign.segment;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.ParagraphStyle;
import io.paralign.model.Sentence;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Numbers paragraphs and sentences as they are added in text order, then makes the document. */
final class DocumentBuilder {
    private final String text;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    DocumentBuilder(String text) {
        this.text = text;
    }

    /** Adds a paragraph and its sentences (at least one); a heading marks its sentences too. */
    DocumentBuilder add(Span paragraph, List<Span> sentenceSpans, boolean heading) {
        int index = paragraphs.size();
        paragraphs.add(new Paragraph(index, paragraph, sentences.size(), sentenceSpans.size(), heading));
        for (Span s : sentenceSpans) {
            sentences.add(new Sentence(sentences.size(), index, s, text.substring(s.start(), s.end()), heading));
        }
        return this;
    }

    /** Whether no paragraph was added yet. */
    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    Document build(String language, ParagraphStyle style) {
        return new Document(language, text, style, paragraphs, sentences);
    }
}
