package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import io.paralign.diverge.Divergence;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each cap of {@link Limits}, when hit, leaves its warning in the result and holds the result to it. */
class LimitsTest {
    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    private static List<String> codes(AlignmentResult result) {
        return result.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void aSentenceOfManyNumbersIsCappedAndSaysSo() {
        AlignmentResult result = pipeline.align(WorstCaseInputs.numbers(600, true), "ar",
                WorstCaseInputs.numbers(600, false), "fr", false);
        List<String> codes = codes(result);
        assertTrue(codes.contains("ANCHORS_CAPPED"), codes::toString);
        assertTrue(codes.contains("BEAD_ANCHORS_CAPPED"), codes::toString);
        assertTrue(codes.contains("LEARNING_PAIRS_SKIPPED"), codes::toString);
        String message = result.warnings().stream().filter(w -> w.code().equals("ANCHORS_CAPPED")).findFirst()
                .orElseThrow().message();
        assertTrue(message.contains("more than " + Limits.ANCHORS_PER_SENTENCE), message);
        for (Bead bead : result.beads()) {
            assertTrue(bead.anchors().size() <= Limits.ANCHORS_PER_BEAD, () -> bead.anchors().size() + " anchors");
        }
    }

    @Test
    void evidenceIsCutAtTheLimit() {
        // the last 10 numbers are off by one on the Arabic side: their flag's evidence lists all the French numbers
        String french = WorstCaseInputs.numbers(200, false);
        String arabic = "أعلن الوزير الأرقام التالية " + String.join(" ", IntStream.range(0, 200)
                .mapToObj(k -> Integer.toString((k < 190 ? 1 : 2) + 7 * k)).toList()) + ".\n";
        AlignOptions all = AlignOptions.defaults();
        AlignmentResult result = new AlignmentPipeline(new AlignOptions(all.sentenceCosts(), all.paragraphCosts(),
                all.learnLexicon(), all.maxCells(), all.bandWidth(), 0)).align(arabic, "ar", french, "fr", false);
        assertTrue(codes(result).contains("EVIDENCE_TRUNCATED"), codes(result)::toString);
        for (Divergence flag : result.flags()) {
            assertTrue(flag.evidence().length() <= Limits.EVIDENCE_LENGTH + " (99999 more characters)".length(),
                    flag::evidence);
        }
    }

    @Test
    void ordinaryTextHasNoWarning() {
        AlignmentResult result = pipeline.align(WorstCaseInputs.arabicSentences(3), "ar",
                WorstCaseInputs.frenchSentence(), "fr", false);
        assertEquals(List.of(), result.warnings());
    }
}
