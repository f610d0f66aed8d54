package io.paralign.segment;

import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits a text into lines at {@code \n}, {@code \r\n} or {@code \r}, keeping offsets. */
final class Lines {
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

    /** Runs of non-blank lines separated by one or more blank lines. */
    static List<List<Span>> blocks(String text) {
        List<List<Span>> blocks = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span line : of(text)) {
            if (isBlank(text, line)) {
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
