package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.report.JsonReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The JSON report stays in proportion to the input: a record of bounded size per paragraph, sentence, bead and flag
 * (matched anchors and evidence are capped, see {@link Limits}), plus quoted text. The bound checked is the one the
 * README states: {@value #PER_CHARACTER} characters per input character, {@value #PER_SENTENCE} per sentence of
 * either side and {@value #FIXED} more; for the shapes below also at most {@value #MULTIPLE} times the input.
 */
class ReportSizeTest {
    static final int PER_CHARACTER = 8;
    static final int PER_SENTENCE = 1_024;
    static final int FIXED = 8_192;
    static final int MULTIPLE = 64;

    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    @Test
    void numbersInOneSentence() {
        check(WorstCaseInputs.numbers(3_000, true), WorstCaseInputs.numbers(3_000, false));
    }

    @Test
    void oneWordLines() {
        check(WorstCaseInputs.wordLines(1_000, true), WorstCaseInputs.wordLines(1_000, false));
    }

    @Test
    void manySentencesAgainstOne() {
        check(WorstCaseInputs.arabicSentences(1_000), WorstCaseInputs.frenchSentence());
    }

    @Test
    void seedPair() throws IOException {
        check(SeedPairTest.read("000_8309a08ed0edb24a.txt"), SeedPairTest.read("001_d60f469c9e1ad6ee.txt"));
    }

    private void check(String arabic, String french) {
        AlignmentResult result = pipeline.align(arabic, "ar", french, "fr", false);
        long json = JsonReport.write(result).length();
        long input = arabic.length() + french.length();
        long sentences = result.source().sentenceCount() + result.target().sentenceCount();
        long bound = PER_CHARACTER * input + PER_SENTENCE * sentences + FIXED;
        assertTrue(json <= bound, () -> "JSON " + json + " > bound " + bound + " for " + input + " characters, "
                + sentences + " sentences");
        assertTrue(json <= MULTIPLE * input + FIXED, () -> "JSON " + json + " > " + MULTIPLE + " x " + input);
    }
}
