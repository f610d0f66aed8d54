package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import io.paralign.diverge.Flag;
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
        for (Flag flag : result.flags()) {
            assertTrue(flag.evidence().length() <= Limits.EVIDENCE_LENGTH + " (99999 more characters)".length(),
                    flag::evidence);
        }
    }

    /**
     * 2,200 French names starting with B (distinct consonant skeletons), against one Arabic name starting with the
     * same letter, براون: it is compared with the first 2,000 only, and the result says so.
     */
    @Test
    void aNameWithMoreTargetCandidatesThanTheCapIsComparedWithTheFirstAndSaysSo() {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder french = new StringBuilder();
        int n = 0;
        for (int sentence = 0; sentence < 11; sentence++) {
            french.append("Le comité a reçu");
            for (int k = 0; k < 200; k++, n++) {
                french.append(k == 0 ? " " : ", ").append('B').append(vowels.charAt(n % 5))
                        .append(consonants.charAt(n % 14)).append(vowels.charAt(n / 5 % 5))
                        .append(consonants.charAt(n / 14 % 14)).append(vowels.charAt(n / 70 % 5))
                        .append(consonants.charAt(n / 196 % 14)).append('o');
            }
            french.append(".\n");
        }
        AlignmentResult result = pipeline.align("استقبل المدير السيد براون في مكتبه يوم الاثنين لمناقشة المشروع.\n",
                "ar", french.toString(), "fr", false);
        assertEquals(List.of("LINK_CANDIDATES_CAPPED"), codes(result));
        assertTrue(result.warnings().get(0).message().startsWith("1 source names or Latin tokens each had more than "
                + Limits.LINK_CANDIDATES + " target candidates"), result.warnings().get(0).message());
    }

    @Test
    void ordinaryTextHasNoWarning() {
        AlignmentResult result = pipeline.align(WorstCaseInputs.arabicSentences(3), "ar",
                WorstCaseInputs.frenchSentence(), "fr", false);
        assertEquals(List.of(), result.warnings());
    }
}
