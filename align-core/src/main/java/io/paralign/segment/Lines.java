package io.paralign.segment;

import io.paralign.model.InvalidTextException;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into lines at {@code \n}, {@code \r\n} or {@code \r}, keeping offsets, and lines into blocks
 * between paragraph breaks: blank lines, or hunalign's paragraph marks.
 */
final class Lines {
    /**
     * hunalign's paragraph delimiter: a line holding only this token (spaces around it allowed) marks a paragraph
     * break. hunalign aligns it as a virtual sentence; here it is read as a blank line, so it is no sentence.
     */
    static final String PARAGRAPH_MARK = "<p>";

    private Lines() {
    }

    /** Every line of the text, blank ones included, as spans without their terminator. */
    static List<Span> of(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Chars.isLineBreak(c)) {
                lines.add(new Span(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(new Span(start, text.length()));
        return lines;
    }

    static boolean isBlank(String text, Span line) {
        return Chars.isBlank(text, line.start(), line.end());
    }

    /** Whether the line holds only {@link #PARAGRAPH_MARK}, once spaces around it are trimmed. */
    static boolean isParagraphMark(String text, Span line) {
        Span t = trim(text, line.start(), line.end());
        return t.end() - t.start() == PARAGRAPH_MARK.length() && text.startsWith(PARAGRAPH_MARK, t.start());
    }

    /** Whether the line breaks paragraphs: blank, or a {@linkplain #isParagraphMark paragraph mark}. */
    static boolean isBreak(String text, Span line) {
        return isBlank(text, line) || isParagraphMark(text, line);
    }

    /**
     * Runs of lines separated by one or more {@linkplain #isBreak breaks}; a break is in no block.
     *
     * @throws InvalidTextException if every line is a break (the text holds only paragraph marks)
     */
    static List<List<Span>> blocks(String text) {
        List<List<Span>> blocks = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span line : of(text)) {
            if (isBreak(text, line)) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        if (blocks.isEmpty()) {
            throw new InvalidTextException("text holds only paragraph marks (" + PARAGRAPH_MARK + " lines), no sentence");
        }
        return blocks;
    }

    /** The span with leading and trailing {@linkplain Chars#isSpace spaces} removed (may be empty). */
    static Span trim(CharSequence text, int start, int end) {
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
