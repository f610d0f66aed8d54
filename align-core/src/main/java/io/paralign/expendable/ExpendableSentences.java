package io.paralign.expendable;

import io.paralign.cancel.Cancellation;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which sentences of a document a translation may leave out without losing content: later copies of a sentence
 * (from {@value #MIN_REPEAT_LENGTH} key characters) or of a whole paragraph, and publisher boilerplate. Scoring
 * makes leaving them unmatched cheap, so that a repeat or a "read also" line does not pull the alignment apart.
 */
public final class ExpendableSentences {
    static final int MIN_REPEAT_LENGTH = 20;

    private ExpendableSentences() {
    }

    /**
     * @param document the segmented document
     * @param keys     its repeat keys
     * @return for each sentence index, whether it is expendable
     */
    public static boolean[] of(Document document, RepeatKeys keys) {
        boolean[] expendable = new boolean[document.sentenceCount()];
        Set<String> seen = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            Cancellation.check("analysis of the " + document.language() + " sentences");
            String key = keys.sentences().get(sentence.index());
            // the first copy is kept: only a key seen before marks a repeat
            boolean repeat = key.length() >= MIN_REPEAT_LENGTH && !seen.add(key);
            expendable[sentence.index()] = repeat || BoilerplateRule.matches(sentence.text());
        }
        Set<String> seenParagraphs = new HashSet<>();
        for (Paragraph paragraph : document.paragraphs()) {
            if (!seenParagraphs.add(keys.paragraphs().get(paragraph.index()))) {
                Arrays.fill(expendable, paragraph.firstSentence(), paragraph.endSentence(), true);
            }
        }
        return expendable;
    }
}
