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
 * Flags sentences left unmatched, one flag per run of consecutive unmatched sentences inside a paragraph, and says
 * what the run is: a heading ({@link DivergenceType#HEADING_UNMATCHED}), publisher boilerplate
 * ({@link DivergenceType#BOILERPLATE}), text in the other side's script ({@link DivergenceType#UNTRANSLATED}), or a
 * real omission ({@link DivergenceType#MISSING_IN_TARGET} / {@link DivergenceType#MISSING_IN_SOURCE}).
 */
public final class UnmatchedDetector implements DivergenceDetector {
    private static final int SHORT_HEADING_WORDS = 6;

    @Override
    public List<Divergence> detect(AlignedPair pair) {
        List<Divergence> flags = new ArrayList<>();
        for (Side side : Side.values()) {
            Document document = pair.document(side);
            boolean[] matched = new boolean[document.sentenceCount()];
            for (Bead bead : pair.beads()) {
                if (bead.isMatch()) {
                    AlignedPair.ids(bead, side).forEach(id -> matched[id] = true);
                }
            }
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
                    flags.add(classify(pair, side, paragraph, document.sentences().subList(s, end)));
                    s = end;
                }
            }
        }
        return flags;
    }

    private static Divergence classify(AlignedPair pair, Side side, Paragraph paragraph, List<Sentence> run) {
        Span span = run.get(0).span().union(run.get(run.size() - 1).span());
        String text = pair.document(side).text().substring(span.start(), span.end());
        List<Integer> ids = run.stream().map(Sentence::index).toList();
        boolean wholeParagraph = run.size() == paragraph.sentenceCount();
        long boilerplate = run.stream().filter(s -> BoilerplateRule.match(s.text()) != null).count();
        if (boilerplate > 0 && (wholeParagraph || 2 * boilerplate >= run.size())) {
            String cue = run.stream().map(s -> BoilerplateRule.match(s.text())).filter(c -> c != null).findFirst()
                    .orElseThrow();
            return new Divergence(DivergenceType.BOILERPLATE, side, paragraph.index(), ids, span, text,
                    "unmatched and reads as publisher boilerplate (\"" + cue + "\")", 0.9);
        }
        if (wholeParagraph && isHeading(paragraph, run)) {
            return new Divergence(DivergenceType.HEADING_UNMATCHED, side, paragraph.index(), ids, span, text,
                    "heading with no counterpart on the " + side.other().json() + " side", 0.85);
        }
        String otherLanguage = pair.document(side.other()).language();
        if (Scripts.writtenIn(text, otherLanguage) && !Scripts.writtenIn(text, pair.document(side).language())) {
            return new Divergence(DivergenceType.UNTRANSLATED, side, paragraph.index(), ids, span, text,
                    "unmatched and written in the script of '" + otherLanguage + "'", 0.8);
        }
        DivergenceType type = side == Side.SOURCE ? DivergenceType.MISSING_IN_TARGET : DivergenceType.MISSING_IN_SOURCE;
        String what = wholeParagraph ? "paragraph " + paragraph.index() : run.size() == 1
                ? "sentence " + ids.get(0) : "sentences " + ids.get(0) + "-" + ids.get(ids.size() - 1);
        double confidence = Math.min(0.95, 0.6 + 0.004 * span.length());
        return new Divergence(type, side, paragraph.index(), ids, span, text,
                side.json() + " " + what + " has no counterpart on the " + side.other().json() + " side", confidence);
    }

    private static boolean isHeading(Paragraph paragraph, List<Sentence> run) {
        if (paragraph.heading()) {
            return true;
        }
        if (run.size() != 1) {
            return false;
        }
        String text = run.get(0).text().trim();
        return text.split("\\s+").length <= SHORT_HEADING_WORDS && !text.endsWith(".");
    }
}
