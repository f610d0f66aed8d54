package io.paralign.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits one paragraph into sentences: ICU's rule-based sentence {@link BreakIterator} (UAX #29),
 * then the language's {@link BreakFixup}s in order. Sentence spans are trimmed; empty ones dropped.
 * Holds no mutable state: each document gets its own break iterator ({@link #iterator()}).
 */
final class SentenceSplitter {
    /** Never used itself: each paragraph gets a clone (finding the locale's rules each time costs more). */
    private final BreakIterator prototype;
    private final List<BreakFixup> fixups;

    SentenceSplitter(ULocale locale, List<BreakFixup> fixups) {
        this.prototype = BreakIterator.getSentenceInstance(locale);
        this.fixups = List.copyOf(fixups);
    }

    /** A break iterator of these rules for one thread: the paragraphs of a document share one. */
    BreakIterator iterator() {
        return (BreakIterator) prototype.clone();
    }

    /**
     * Sentence spans of {@code text[paragraph]}, as offsets into {@code text}.
     *
     * @param iterator an {@link #iterator()} of this splitter, used by one thread at a time
     */
    List<Span> split(String text, Span paragraph, BreakIterator iterator) {
        String para = text.substring(paragraph.start(), paragraph.end());
        int[] breaks = icuBreaks(para, iterator);
        for (BreakFixup fixup : fixups) {
            breaks = normalize(fixup.apply(para, breaks), para.length());
        }
        List<Span> sentences = new ArrayList<>(breaks.length + 1);
        int start = 0;
        for (int k = 0; k <= breaks.length; k++) {
            int end = k < breaks.length ? breaks[k] : para.length();
            Span piece = Lines.trim(para, start, end);
            if (piece.length() > 0) {
                sentences.add(new Span(paragraph.start() + piece.start(), paragraph.start() + piece.end()));
            }
            start = end;
        }
        return sentences;
    }

    private static int[] icuBreaks(String para, BreakIterator iterator) {
        // A hard-wrapped paragraph keeps its line breaks; ICU would break at each, so it sees spaces.
        iterator.setText(para.replace('\n', ' ').replace('\r', ' '));
        int[] breaks = new int[8];
        int n = 0;
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            if (n == breaks.length) {
                breaks = Arrays.copyOf(breaks, 2 * n);
            }
            breaks[n++] = b;
        }
        return normalize(Arrays.copyOf(breaks, n), para.length());
    }

    /** The breaks strictly inside the paragraph, ascending, each once (sorts {@code breaks} in place). */
    private static int[] normalize(int[] breaks, int length) {
        Arrays.sort(breaks);
        int n = 0;
        for (int b : breaks) {
            if (b > 0 && b < length && (n == 0 || breaks[n - 1] != b)) {
                breaks[n++] = b;
            }
        }
        return n == breaks.length ? breaks : Arrays.copyOf(breaks, n);
    }
}
