package io.paralign.model;

/**
 * One sentence of a document.
 *
 * @param index     0-based position among all sentences of the document
 * @param paragraph 0-based index of the paragraph that holds it
 * @param span      where it stands in the original text
 * @param text      the original text of the span
 * @param heading   true when the sentence is a heading (short line with no final punctuation)
 */
public record Sentence(int index, int paragraph, Span span, String text, boolean heading) {
    public Sentence {
        if (text == null) {
            throw new IllegalArgumentException("sentence text is null");
        }
    }
}
