package io.paralign.model;

/** How paragraphs are delimited in a plain text. */
public enum ParagraphStyle {
    /** Every non-blank line is a paragraph. */
    LINE,
    /** Paragraphs are blocks separated by blank lines; single line breaks inside a block are kept. */
    BLANK_LINE
}
