package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.align.Bead;
import io.paralign.anchor.Anchor;
import io.paralign.expendable.RepeatKeys;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.score.LengthModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a run of unmatched sentences is, asked in order (boilerplate, heading, untranslated, else omission), on a
 * French text whose first paragraph alone is matched with a one-sentence Arabic text.
 */
class UnmatchedRunTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    /** Paragraphs of the French side, one sentence a line, a blank line between paragraphs. */
    private static final String FRENCH = String.join("\n\n",
            "Le musée a rouvert samedi.",                                   // 0: matched
            "Tous droits réservés.",                                        // 1: boilerplate
            "Réactions internationales",                                    // 2: a heading
            "وقال المتحدث إن الشركة ستواصل عملها في المنطقة.",              // 3: Arabic left in
            // 4: two sentences with no counterpart
            "Il a ajouté que les travaux dureraient trois ans.\nLe coût atteindra 65 millions d’euros.",
            // 5: one boilerplate sentence of three, but the whole paragraph
            "Lire aussi : le rapport complet du ministère.\nIl pleuvait beaucoup.\nLa foule attendait.",
            "Réactions du gouvernement.");                                  // 6: a full stop, no heading
    private static final AlignedPair PAIR = pair();

    private static AlignedPair pair() {
        Document source = PIPELINE.segment("أعيد افتتاح المتحف يوم السبت.\n", "ar", true);
        Document target = PIPELINE.segment(FRENCH + "\n", "fr", true);
        List<Bead> beads = new ArrayList<>(List.of(new Bead(List.of(0), List.of(0), 1, 1)));
        for (int k = 1; k < target.sentenceCount(); k++) {
            beads.add(new Bead(List.of(), List.of(k), 0, 0));
        }
        List<List<Anchor>> none = Collections.nCopies(target.sentenceCount(), List.of());
        return new AlignedPair(source, target, beads, List.of(List.of()), none, RepeatKeys.of(source),
                RepeatKeys.of(target), new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE));
    }

    /** Paragraph and sentence ids of the target runs of one kind. */
    private static String runs(UnmatchedRun.Kind kind) {
        return UnmatchedRun.of(PAIR, Side.TARGET, kind).stream()
                .map(r -> r.paragraph().index() + ":" + r.ids()).collect(Collectors.joining(" "));
    }

    @Test
    void aWholeParagraphHoldingBoilerplateIsBoilerplate() {
        assertEquals("1:[1] 5:[6, 7, 8]", runs(UnmatchedRun.Kind.BOILERPLATE));
    }

    @Test
    void aShortLineWithoutFullStopIsAHeading() {
        assertEquals("2:[2]", runs(UnmatchedRun.Kind.HEADING));
    }

    @Test
    void textInTheOtherSidesScriptIsUntranslated() {
        assertEquals("3:[3]", runs(UnmatchedRun.Kind.UNTRANSLATED));
    }

    @Test
    void everythingElseIsAnOmissionOneRunPerParagraph() {
        assertEquals("4:[4, 5] 6:[9]", runs(UnmatchedRun.Kind.OMISSION));
    }

    @Test
    void aSideWithEverySentenceMatchedHasNoRun() {
        for (UnmatchedRun.Kind kind : UnmatchedRun.Kind.values()) {
            assertEquals(List.of(), UnmatchedRun.of(PAIR, Side.SOURCE, kind));
        }
    }

    @Test
    void aRunsFlagCoversItsSentences() {
        UnmatchedRun run = UnmatchedRun.of(PAIR, Side.TARGET, UnmatchedRun.Kind.OMISSION).get(0);
        Flag flag = run.flag(FlagType.MISSING_IN_SOURCE, "why", 0.7);
        assertEquals("Il a ajouté que les travaux dureraient trois ans.\nLe coût atteindra 65 millions d’euros.",
                flag.text());
        assertEquals(List.of(4, 5), flag.sentences());
        assertEquals(4, flag.paragraph());
        assertEquals(Side.TARGET, flag.side());
    }
}
