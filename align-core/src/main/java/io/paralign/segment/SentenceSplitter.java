package io.paralign.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits one paragraph into sentences: ICU's rule-based sentence {@link BreakIterator} (UAX #29),
 * then the language's {@link BreakFixup}s in order. Sentence spans are trimmed; empty ones dropped.
 * Holds no mutable state: a break iterator is made per call.
 */
final class SentenceSplitter {
    /** Never used itself: each paragraph gets a clone (finding the locale's rules each time costs more). */
    private final BreakIterator prototype;
    private final List<BreakFixup> fixups;

    SentenceSplitter(ULocale locale, List<BreakFixup> fixups) {
        this.prototype = BreakIterator.getSentenceInstance(locale);
        this.fixups = List.copyOf(fixups);
    }

    /** Sentence spans of {@code text[paragraph]}, as offsets into {@code text}. */
    List<Span> split(String text, Span paragraph) {
        String para = text.substring(paragraph.start(), paragraph.end());
        int[] breaks = icuBreaks(para);
        for (BreakFixup fixup : fixups) {
            breaks = normalize(fixup.apply(para, breaks), para.length());
        }
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int end : IntStream.concat(IntStream.of(breaks), IntStream.of(para.length())).toArray()) {
            Span piece = Lines.trim(para, start, end);
            if (piece.length() > 0) {
                sentences.add(new Span(paragraph.start() + piece.start(), paragraph.start() + piece.end()));
            }
            start = end;
        }
        return sentences;
    }

    private int[] icuBreaks(String para) {
        // A hard-wrapped paragraph keeps its line breaks; ICU would break at each, so it sees spaces.
        String flat = para.replace('\n', ' ').replace('\r', ' ');
        BreakIterator iterator = (BreakIterator) prototype.clone();
        iterator.setText(flat);
        IntStream.Builder breaks = IntStream.builder();
        for (int b = iterator.next(); b != BreakIterator.DONE; b = iterator.next()) {
            breaks.add(b);
        }
        return normalize(breaks.build().toArray(), para.length());
    }

    private static int[] normalize(int[] breaks, int length) {
        return IntStream.of(breaks).filter(b -> b > 0 && b < length).sorted().distinct().toArray();
    }
}
