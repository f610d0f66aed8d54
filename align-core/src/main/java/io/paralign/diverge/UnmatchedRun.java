package io.paralign.diverge;

import io.paralign.align.Bead;
import io.paralign.anchor.Scripts;
import io.paralign.cancel.Cancellation;
import io.paralign.expendable.BoilerplateRule;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive sentences of one side, inside one paragraph, that no bead matches; and what such a run is.
 * Each run is exactly one {@link Kind}, the first that applies in the order of the enum, so the four detectors that
 * read runs (boilerplate, unmatched heading, untranslated, omission) never flag the same text twice.
 *
 * @param pair      the alignment
 * @param side      the side the sentences are on
 * @param paragraph the paragraph holding them
 * @param sentences the sentences, consecutive, at least one
 */
record UnmatchedRun(AlignedPair pair, Side side, Paragraph paragraph, List<Sentence> sentences) {
    private static final int SHORT_HEADING_WORDS = 6;

    /** What an unmatched run is, in the order the questions are asked. */
    enum Kind {
        /** At least half its sentences (any, for a whole paragraph) read as publisher boilerplate. */
        BOILERPLATE,
        /** A whole paragraph that is a heading, or a single short line without a final full stop. */
        HEADING,
        /** Written in the other side's script and not in its own. */
        UNTRANSLATED,
        /** None of the above: text with no counterpart. */
        OMISSION
    }

    UnmatchedRun {
        sentences = List.copyOf(sentences);
    }

    /** The runs of one side, in document order, of the kind asked for. */
    static List<UnmatchedRun> of(AlignedPair pair, Side side, Kind kind) {
        Document document = pair.document(side);
        boolean[] matched = new boolean[document.sentenceCount()];
        for (Bead bead : pair.beads()) {
            if (bead.isMatch()) {
                AlignedPair.ids(bead, side).forEach(id -> matched[id] = true);
            }
        }
        List<UnmatchedRun> runs = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            Cancellation.check("unmatched sentence detection");
            int s = paragraph.firstSentence();
            while (s < paragraph.endSentence()) {
                if (matched[s]) {
                    s++;
                    continue;
                }
                int end = s;
                while (end < paragraph.endSentence() && !matched[end]) {
                    end++;
                }
                UnmatchedRun run = new UnmatchedRun(pair, side, paragraph, document.sentences().subList(s, end));
                if (run.kind() == kind) {
                    runs.add(run);
                }
                s = end;
            }
        }
        return runs;
    }

    /** The runs of both sides, source first, of the kind asked for. */
    static List<UnmatchedRun> of(AlignedPair pair, Kind kind) {
        List<UnmatchedRun> runs = new ArrayList<>(of(pair, Side.SOURCE, kind));
        runs.addAll(of(pair, Side.TARGET, kind));
        return runs;
    }

    Kind kind() {
        long boilerplate = sentences.stream().filter(s -> BoilerplateRule.matches(s.text())).count();
        if (boilerplate > 0 && (wholeParagraph() || 2 * boilerplate >= sentences.size())) {
            return Kind.BOILERPLATE;
        }
        if (wholeParagraph() && isHeading()) {
            return Kind.HEADING;
        }
        String text = text();
        if (Scripts.writtenIn(text, pair.document(side.other()).language())
                && !Scripts.writtenIn(text, pair.document(side).language())) {
            return Kind.UNTRANSLATED;
        }
        return Kind.OMISSION;
    }

    boolean wholeParagraph() {
        return sentences.size() == paragraph.sentenceCount();
    }

    Span span() {
        return sentences.get(0).span().union(sentences.get(sentences.size() - 1).span());
    }

    String text() {
        Span span = span();
        return pair.document(side).text().substring(span.start(), span.end());
    }

    List<Integer> ids() {
        return sentences.stream().map(Sentence::index).toList();
    }

    /** A flag of the given type over the whole run. */
    Flag flag(FlagType type, String evidence, double confidence) {
        return new Flag(type, side, paragraph.index(), ids(), span(), text(), evidence, confidence);
    }

    private boolean isHeading() {
        if (paragraph.heading()) {
            return true;
        }
        if (sentences.size() != 1) {
            return false;
        }
        String line = sentences.get(0).text().trim();
        return line.split("\\s+").length <= SHORT_HEADING_WORDS && !line.endsWith(".");
    }
}
