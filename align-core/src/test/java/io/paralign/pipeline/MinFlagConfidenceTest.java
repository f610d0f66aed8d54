package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flags under confidence 0.5 are not reported by default. A Latin token on one side only ("Mediapart", kept in
 * the Arabic, not in the French) is flagged with confidence 0.4: reported when the minimum is 0, not by default.
 */
class MinFlagConfidenceTest {
    private static final String ARABIC = "قال الرئيس الفرنسي لموقع Mediapart يوم الثلاثاء إن الحكومة ستقدم مشروع القانون "
            + "الجديد إلى البرلمان في الأسبوع المقبل.\nوأضاف أن النقاش سيستمر عدة أسابيع قبل التصويت النهائي على النص.\n";
    private static final String FRENCH = "Le président français a déclaré mardi que le gouvernement présenterait le "
            + "nouveau projet de loi au Parlement la semaine prochaine.\nIl a ajouté que le débat durerait plusieurs "
            + "semaines avant le vote final sur le texte.\n";

    private static List<String> flags(AlignOptions options) {
        return new AlignmentPipeline(options).align(ARABIC, "ar", FRENCH, "fr", false).flags().stream()
                .map(MinFlagConfidenceTest::describe).toList();
    }

    private static String describe(Flag flag) {
        return flag.type() + " " + flag.side() + " " + flag.sentences() + " " + flag.text() + " " + flag.confidence();
    }

    @Test
    void theDefaultMinimumIsHalf() {
        assertEquals(0.5, AlignOptions.defaults().minFlagConfidence());
    }

    @Test
    void aFlagUnderTheMinimumIsReportedOnlyWhenTheMinimumIsLowered() {
        AlignOptions d = AlignOptions.defaults();
        AlignOptions all = new AlignOptions(d.sentenceCosts(), d.paragraphCosts(), d.learnLexicon(), d.maxCells(),
                d.bandWidth(), 0);
        assertEquals(List.of(FlagType.ANCHOR_MISMATCH + " " + Side.SOURCE + " [0] Mediapart 0.4"), flags(all));
        assertEquals(List.of(), flags(d));
    }
}
