package io.paralign.model;

/** How paragraphs are delimited in a plain text. */
public enum ParagraphStyle {
    /**
     * Every non-blank line is a paragraph; in pre-segmented input (one sentence a line) with no blank line, the
     * whole text is one paragraph, as no paragraph breaks are marked.
     */
    LINE,
    /** Paragraphs are blocks separated by blank lines; single line breaks inside a block are kept. */
    BLANK_LINE
}
