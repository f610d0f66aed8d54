package io.paralign.segment;

import io.paralign.model.ParagraphStyle;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the paragraphs of a plain text and how they are delimited.
 *
 * <p>The text is cut into blocks: runs of non-blank lines between blank lines (a blank line holds
 * only spaces; a line holding only hunalign's paragraph mark {@code <p>} counts as one). The style is
 * <ul>
 *   <li>{@link ParagraphStyle#LINE} when no blank line stands between two non-blank lines: each
 *       non-blank line is a paragraph (leading and trailing blank lines are ignored);</li>
 *   <li>{@link ParagraphStyle#BLANK_LINE} when every block is a single line: both readings give the
 *       same paragraphs, and the blank lines show the author's intent;</li>
 *   <li>otherwise {@link ParagraphStyle#BLANK_LINE} only when the text looks hard-wrapped, that is
 *       when most lines inside multi-line blocks (the last line of each block excepted) do not end
 *       with final punctuation; each block is then a paragraph and its single line breaks are kept.
 *       A text with one paragraph a line and a few stray blank lines (a title set apart, say) stays
 *       {@link ParagraphStyle#LINE}.</li>
 * </ul>
 * Paragraph spans exclude leading and trailing whitespace.
 */
final class ParagraphSplitter {

    /** The paragraphs found and the style that delimited them. */
    record Layout(ParagraphStyle style, List<Span> paragraphs) {
        Layout {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    Layout split(String text) {
        List<List<Span>> blocks = Lines.blocks(text);
        ParagraphStyle style = styleOf(text, blocks);
        List<Span> paragraphs = new ArrayList<>();
        for (List<Span> block : blocks) {
            if (style == ParagraphStyle.BLANK_LINE) {
                paragraphs.add(Lines.trim(text, block.get(0).start(), block.get(block.size() - 1).end()));
            } else {
                block.forEach(line -> paragraphs.add(Lines.trim(text, line.start(), line.end())));
            }
        }
        return new Layout(style, paragraphs);
    }

    static ParagraphStyle styleOf(String text, List<List<Span>> blocks) {
        if (blocks.size() < 2) {
            return ParagraphStyle.LINE;
        }
        int inner = 0;
        int wrapped = 0;
        for (List<Span> block : blocks) {
            for (Span line : block.subList(0, block.size() - 1)) {
                inner++;
                if (!Chars.endsWithFinalPunctuation(text, line.start(), line.end())) {
                    wrapped++;
                }
            }
        }
        return inner == 0 || 2 * wrapped > inner ? ParagraphStyle.BLANK_LINE : ParagraphStyle.LINE;
    }
}
