package io.paralign.report;

import java.util.ArrayList;
import java.util.List;

import io.paralign.align.Bead;
import io.paralign.align.Coverage;
import io.paralign.align.ParagraphLinks;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.ParagraphStyle;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.LengthModel;

/** Alignment results made by hand, so that a renderer's whole output can be written out by hand too. */
final class MadeResults {
    /**
     * Arabic sentences 0 and 1 make one bead with French sentence 0 (2-1), Arabic 2 is unmatched (no unit), Arabic 3
     * and French 1 make a 1-1; the Arabic sentences are three paragraphs (0-1, 2, 3), the French two. Texts and
     * evidence hold every character XML escapes.
     */
    static final AlignmentResult TWO_BEADS = twoBeads(
            document("ar", List.of(List.of("قال المدير إن الأرباح ارتفعت.", "وأضاف أن \"R&D\" سيزيد."),
                    List.of("جملة بلا ترجمة."), List.of("السعر <10> دولارات."))),
            document("fr", List.of(List.of("Le directeur a dit que les bénéfices avaient augmenté et que la « R&D » "
                    + "croîtrait."), List.of("Le prix est de <10> dollars l'unité."))),
            List.of(new Bead(List.of(0, 1), List.of(0), 0.5, 0.87654), new Bead(List.of(2), List.of(), 0, 0.3),
                    new Bead(List.of(3), List.of(1), 0.123456, 1.0)));

    private static AlignmentResult twoBeads(Document source, Document target, List<Bead> beads) {
        return new AlignmentResult(source, target, ParagraphLinks.of(source, target, beads), beads,
                List.of(new Flag(FlagType.LENGTH_RATIO, Side.SOURCE, 0, List.of(0), new Span(0, 29),
                                "قال المدير إن الأرباح ارتفعت.", "ratio 'high'", 0.6),
                        new Flag(FlagType.MISSING_IN_TARGET, Side.SOURCE, 1, List.of(2),
                                new Span(52, 67),
                                "جملة بلا ترجمة.", "source sentence 2 has no counterpart", 0.95),
                        new Flag(FlagType.ANCHOR_MISMATCH, Side.TARGET, 1, List.of(1),
                                new Span(83, 119),
                                "Le prix est de <10> dollars l'unité.", "10 vs \"dix\" & <more>", 0.7)),
                new Coverage(new Coverage.SideCoverage(4, 3, 84, 69), new Coverage.SideCoverage(2, 2, 118, 118)),
                new LengthModel(1.2, 6.8), List.of());
    }

    /** A document of the given paragraphs of sentences: sentences joined by a space, paragraphs by a line break. */
    static Document document(String language, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paras = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            int start = text.length();
            int first = sentences.size();
            for (String sentence : paragraph) {
                if (sentences.size() > first) {
                    text.append(' ');
                }
                int at = text.length();
                text.append(sentence);
                sentences.add(new Sentence(sentences.size(), paras.size(), new Span(at, text.length()), sentence, false));
            }
            paras.add(new Paragraph(paras.size(), new Span(start, text.length()), first, paragraph.size(), false));
            text.append('\n');
        }
        return new Document(language, text.toString(), ParagraphStyle.LINE, paras, sentences);
    }

    /**
     * A result of these documents and beads, their paragraph beads read off them, with no flag; coverage and length
     * model are not read by renderers.
     */
    static AlignmentResult of(Document source, Document target, List<Bead> beads) {
        return new AlignmentResult(source, target, ParagraphLinks.of(source, target, beads), beads, List.of(),
                new Coverage(new Coverage.SideCoverage(0, 0, 0, 0), new Coverage.SideCoverage(0, 0, 0, 0)),
                new LengthModel(1, 1), List.of());
    }

    private MadeResults() {
    }
}
