package io.paralign.model;

/**
 * One paragraph of a document: a contiguous run of sentences.
 *
 * @param index         0-based position among the document's paragraphs
 * @param span          where it stands in the original text
 * @param firstSentence index of its first sentence
 * @param sentenceCount how many sentences it holds (at least one)
 * @param heading       true when the paragraph is a single heading line
 */
public record Paragraph(int index, Span span, int firstSentence, int sentenceCount, boolean heading) {
    public Paragraph {
        if (sentenceCount < 1) {
            throw new IllegalArgumentException("paragraph " + index + " holds no sentence");
        }
    }

    /** Index one past its last sentence. */
    public int endSentence() {
        return firstSentence + sentenceCount;
    }
}
