package io.paralign.pipeline;

import io.paralign.anchor.Anchor;
import io.paralign.anchor.AnchorExtractor;
import io.paralign.anchor.AnchorKind;
import io.paralign.cancel.Cancellation;
import io.paralign.expendable.ExpendableSentences;
import io.paralign.expendable.RepeatKeys;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import io.paralign.score.SideText;
import io.paralign.score.Stems;
import io.paralign.score.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One side prepared for alignment: its document, each sentence's stems and anchors, and the paragraph ends.
 *
 * @param document       the segmented document
 * @param text           what scoring reads
 * @param paragraphEnds  exclusive end sentence of each paragraph
 * @param keys           repeat keys of the sentences and paragraphs
 * @param cappedSentences sentences that held more than the anchors kept per sentence
 * @param droppedAnchors  anchors left out of those sentences
 */
record SideAnalysis(Document document, SideText text, int[] paragraphEnds, RepeatKeys keys, int cappedSentences,
                    long droppedAnchors) {
    /**
     * @param maxAnchors anchors kept per sentence, the first in text order
     */
    static SideAnalysis of(Document document, Tokenizer tokenizer, AnchorExtractor anchors, int maxAnchors) {
        int n = document.sentenceCount();
        Stems stems = new Stems();
        int[][] stemIds = new int[n][];
        List<List<Anchor>> anchorLists = new ArrayList<>(n);
        int[] lengths = new int[n];
        boolean[] heading = new boolean[n];
        RepeatKeys keys = RepeatKeys.of(document);
        boolean[] endsParagraph = new boolean[n];
        int cappedSentences = 0;
        long droppedAnchors = 0;
        for (Sentence sentence : document.sentences()) {
            Cancellation.check("analysis of the " + document.language() + " sentences");
            stemIds[sentence.index()] = tokenizer.ids(sentence.text(), stems);
            List<Anchor> found = anchors.extract(sentence.text(), sentence.span().start(), document.language());
            if (found.size() > maxAnchors) {
                cappedSentences++;
                droppedAnchors += found.size() - maxAnchors;
                found = found.subList(0, maxAnchors);
            }
            anchorLists.add(found);
            lengths[sentence.index()] = sentence.span().length();
            heading[sentence.index()] = sentence.heading();
        }
        boolean[] expendable = ExpendableSentences.of(document, keys);
        int[] paragraphEnds = new int[document.paragraphs().size()];
        for (Paragraph paragraph : document.paragraphs()) {
            endsParagraph[paragraph.endSentence() - 1] = true;
            paragraphEnds[paragraph.index()] = paragraph.endSentence();
        }
        return new SideAnalysis(document,
                new SideText(stems, stemIds, anchorLists, lengths, heading, expendable, endsParagraph),
                paragraphEnds, keys, cappedSentences, droppedAnchors);
    }

    /** Numbers, names and Latin tokens of the given sentences (punctuation left out). */
    List<Anchor> specificAnchors(List<Integer> sentences) {
        List<Anchor> out = new ArrayList<>();
        for (int id : sentences) {
            text.anchors().get(id).stream().filter(a -> a.kind() != AnchorKind.PUNCT).forEach(out::add);
        }
        return out;
    }

    long characters() {
        long total = 0;
        for (int length : text.lengths()) {
            total += length;
        }
        return total;
    }
}
