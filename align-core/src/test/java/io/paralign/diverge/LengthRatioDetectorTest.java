package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.align.Bead;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.score.LengthModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Must-flag and must-not-flag pairs of {@link LengthRatioDetector}, on two 1-1 beads with a length model of ratio 1
 * and variance 6.8; the deviations are worked out by hand as (t - s) / sqrt((s + t) / 2 * 6.8).
 */
class LengthRatioDetectorTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static final LengthModel ONE_TO_ONE = new LengthModel(1.0, LengthModel.GALE_CHURCH_VARIANCE);
    /** 101 characters. */
    private static final String EN_0 = "The committee published its annual report on Wednesday and asked the "
            + "government to fund more schools.";
    /** 148 characters, starting at 102. */
    private static final String EN_1 = "It also recommended that every village within twenty kilometres of the "
            + "capital receive a new clinic, a library and a bus service by the end of 2027.";
    /** 39 characters: the English translation stops half way. */
    private static final String EN_1_CUT = "It also recommended that every village.";
    /** 107 characters. */
    private static final String FR_0 = "Le comité a publié mercredi son rapport annuel et a demandé au gouvernement "
            + "de financer davantage d'écoles.";
    /** 156 characters, starting at 108. */
    private static final String FR_1 = "Il a aussi recommandé que chaque village situé à moins de vingt kilomètres "
            + "de la capitale reçoive un dispensaire, une bibliothèque et un bus d'ici fin 2027.";
    /** 41 characters: the French translation stops half way. */
    private static final String FR_1_CUT = "Il a aussi recommandé que chaque village.";

    private static List<Flag> detect(String en1, String fr1) {
        return detect(en1, fr1, ONE_TO_ONE);
    }

    private static List<Flag> detect(String en1, String fr1, LengthModel length) {
        Document source = PIPELINE.segment(EN_0 + "\n" + en1 + "\n", "en", true);
        Document target = PIPELINE.segment(FR_0 + "\n" + fr1 + "\n", "fr", true);
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0), 1, 1), new Bead(List.of(1), List.of(1), 1, 1));
        return new LengthRatioDetector().detect(new AlignedPair(source, target, beads, List.of(List.of(), List.of()),
                List.of(List.of(), List.of()), null, null, length));
    }

    @Test
    void completeTranslationIsNotFlagged() {
        // 101 -> 107: 6 / 26.6 = 0.2; 148 -> 156: 8 / 32.2 = 0.2
        assertEquals(List.of(), detect(EN_1, FR_1));
    }

    @Test
    void translationThatStopsHalfWayIsFlaggedOnTheLongerSource() {
        // 148 -> 41: -107 / sqrt(94.5 * 6.8) = -107 / 25.4 = -4.2, beyond 3.5
        List<Flag> flags = detect(EN_1, FR_1_CUT);
        assertEquals(1, flags.size(), flags.toString());
        Flag flag = flags.get(0);
        assertEquals(FlagType.LENGTH_RATIO, flag.type());
        assertEquals(Side.SOURCE, flag.side());
        assertEquals(List.of(1), flag.sentences());
        assertEquals(new Span(102, 250), flag.span());
        assertEquals(EN_1, flag.text());
    }

    @Test
    void sourceThatStopsHalfWayIsFlaggedOnTheLongerTarget() {
        // 39 -> 156: 117 / sqrt(97.5 * 6.8) = 117 / 25.7 = 4.5, beyond 3.5
        List<Flag> flags = detect(EN_1_CUT, FR_1);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(FlagType.LENGTH_RATIO, flags.get(0).type());
        assertEquals(Side.TARGET, flags.get(0).side());
        assertEquals(new Span(108, 264), flags.get(0).span());
    }

    @Test
    void sentencesUnderFortyCharactersAreNotFlaggedHoweverUneven() {
        // with variance 1, 39 -> 4: -35 / sqrt(21.5) = -7.5, beyond 3.5, but neither side reaches 40 characters
        assertEquals(List.of(), detect(EN_1_CUT, "Oui.", new LengthModel(1.0, 1.0)));
    }
}
