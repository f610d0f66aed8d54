package io.paralign.diverge;

import static io.paralign.diverge.DetectorExample.doesNotFlag;
import static io.paralign.diverge.DetectorExample.flags;

import io.paralign.cancel.Cancellation;
import io.paralign.expendable.RepeatKeys;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Flags text that repeats earlier text of the same side: a whole paragraph, or a sentence, whose words (punctuation,
 * white space and case aside) were already seen. Consecutive repeated sentences make one flag, a duplicated block;
 * the first copy is the original and the later copy is flagged. Short sentences ("Non, non.") repeat naturally, so a
 * sentence counts only from {@value #MIN_SENTENCE} characters and a block from {@value #MIN_BLOCK}. Works on one
 * document alone, so documents with no counterpart get the check too.
 */
final class DuplicateBlockDetector implements FlagDetector {
    private static final int MIN_SENTENCE = 25;
    private static final int MIN_BLOCK = 40;

    @Override
    public FlagType type() {
        return FlagType.DUPLICATE_BLOCK;
    }

    @Override
    public List<Flag> detect(AlignedPair pair) {
        List<Flag> flags = new ArrayList<>();
        for (Side side : Side.values()) {
            flags.addAll(detect(pair.document(side), pair.keys(side), side));
        }
        return flags;
    }

    /** Repeated blocks within one document. */
    public List<Flag> detect(Document document, Side side) {
        return detect(document, RepeatKeys.of(document), side);
    }

    private static List<Flag> detect(Document document, RepeatKeys keys, Side side) {
        int[] originalParagraph = originals(document, keys);
        List<Sentence> sentences = document.sentences();
        List<Flag> flags = new ArrayList<>();
        int s = 0;
        while (s < sentences.size()) {
            if (originalParagraph[s] < 0) {
                s++;
                continue;
            }
            int end = s + 1;
            while (end < sentences.size() && originalParagraph[end] >= 0) {
                end++;
            }
            Span span = sentences.get(s).span().union(sentences.get(end - 1).span());
            if (span.length() >= MIN_BLOCK) {
                flags.add(flag(document, side, s, end, originalParagraph[s], originalParagraph[end - 1], span));
            }
            s = end;
        }
        return flags;
    }

    /** For each sentence, the paragraph holding the text it repeats, or -1. */
    private static int[] originals(Document document, RepeatKeys keys) {
        int[] original = new int[document.sentenceCount()];
        Arrays.fill(original, -1);
        Map<String, Integer> paragraphs = new HashMap<>();
        Map<String, Integer> sentences = new HashMap<>();
        for (Paragraph paragraph : document.paragraphs()) {
            Cancellation.check("duplicate block detection");
            String key = keys.paragraphs().get(paragraph.index());
            Integer first = key.length() < MIN_SENTENCE ? null : paragraphs.putIfAbsent(key, paragraph.index());
            for (Sentence sentence : document.sentencesOf(paragraph)) {
                String sentenceKey = keys.sentences().get(sentence.index());
                Integer firstSentence = sentenceKey.length() < MIN_SENTENCE ? null
                        : sentences.putIfAbsent(sentenceKey, sentence.paragraph());
                Integer from = first != null ? first : firstSentence;
                original[sentence.index()] = from == null ? -1 : from;
            }
        }
        return original;
    }

    private static Flag flag(Document document, Side side, int first, int end, int fromParagraph,
                                   int toParagraph, Span span) {
        List<Integer> ids = new ArrayList<>();
        for (int id = first; id < end; id++) {
            ids.add(id);
        }
        String copy = end - first == 1 ? "sentence " + first : "sentences " + first + "-" + (end - 1);
        String where = range("paragraph", document.sentence(first).paragraph(), document.sentence(end - 1).paragraph());
        return new Flag(FlagType.DUPLICATE_BLOCK, side, document.sentence(first).paragraph(), ids, span,
                document.text().substring(span.start(), span.end()),
                copy + " (" + where + ") repeat" + (end - first == 1 ? "s " : " ")
                        + range("paragraph", fromParagraph, toParagraph) + " word for word", 0.95);
    }

    private static String range(String noun, int from, int to) {
        return from == to ? noun + " " + from : noun + "s " + from + "-" + to;
    }

    @Override
    public List<DetectorExample> examples() {
        ExampleText ar = ExampleText.arabic();
        ExampleText fr = ExampleText.french();
        return List.of(
                flags("paragraph repeated in the Arabic text", ar.insert(2, ar.paragraph(1)), fr, Side.SOURCE),
                flags("paragraph repeated in the French text", ar, fr.insert(3, fr.paragraph(0)), Side.TARGET),
                // paragraphs 0 and 3 both name "فريق الاستجابة للطوارئ الحاسوبية" التابع لمنظمة التعاون الإسلامي
                doesNotFlag("a long name repeated in two different paragraphs", ar, fr, Side.SOURCE),
                doesNotFlag("a short answer repeated in both texts",
                        ar.insert(1, "قال: لا تعليق.").insert(3, "قال: لا تعليق."),
                        fr.insert(1, "Il a dit : pas de commentaire.").insert(3, "Il a dit : pas de commentaire."),
                        Side.SOURCE));
    }
}
