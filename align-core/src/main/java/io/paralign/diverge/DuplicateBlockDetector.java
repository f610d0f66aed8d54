package io.paralign.diverge;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Flags paragraphs that repeat earlier paragraphs of the same side, one flag per run of consecutive repeats (a
 * duplicated block). The first copy is the original; the later copy is flagged. Works on one document alone, so
 * documents with no counterpart get the check too.
 */
public final class DuplicateBlockDetector implements DivergenceDetector {
    private static final int MIN_CHARACTERS = 20;

    @Override
    public List<Divergence> detect(AlignedPair pair) {
        List<Divergence> flags = new ArrayList<>(detect(pair.source(), Side.SOURCE));
        flags.addAll(detect(pair.target(), Side.TARGET));
        return flags;
    }

    /** Repeated blocks within one document. */
    public List<Divergence> detect(Document document, Side side) {
        Map<String, Integer> firstSeen = new HashMap<>();
        int[] originalOf = new int[document.paragraphs().size()];
        for (Paragraph paragraph : document.paragraphs()) {
            String key = key(document, paragraph);
            Integer first = key.length() < MIN_CHARACTERS ? null : firstSeen.putIfAbsent(key, paragraph.index());
            originalOf[paragraph.index()] = first == null ? -1 : first;
        }
        List<Divergence> flags = new ArrayList<>();
        int p = 0;
        while (p < originalOf.length) {
            if (originalOf[p] < 0) {
                p++;
                continue;
            }
            int end = p + 1;
            while (end < originalOf.length && originalOf[end] >= 0 && originalOf[end] == originalOf[end - 1] + 1) {
                end++;
            }
            flags.add(flag(document, side, p, end, originalOf[p]));
            p = end;
        }
        return flags;
    }

    private static Divergence flag(Document document, Side side, int first, int end, int original) {
        Paragraph start = document.paragraph(first);
        Paragraph last = document.paragraph(end - 1);
        Span span = start.span().union(last.span());
        List<Integer> sentences = IntStream.range(start.firstSentence(), last.endSentence()).boxed().toList();
        String copies = end - first == 1 ? "paragraph " + first + " repeats paragraph " + original
                : "paragraphs " + first + "-" + (end - 1) + " repeat paragraphs " + original + "-"
                + (original + end - first - 1);
        return new Divergence(DivergenceType.DUPLICATE_BLOCK, side, first, sentences, span,
                document.text().substring(span.start(), span.end()), copies + " word for word", 0.95);
    }

    private static String key(Document document, Paragraph paragraph) {
        return repeatKey(document.text().substring(paragraph.span().start(), paragraph.span().end()));
    }

    /** What two texts must share to count as repeats: the same words, white space and case aside. */
    public static String repeatKey(String text) {
        return text.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
