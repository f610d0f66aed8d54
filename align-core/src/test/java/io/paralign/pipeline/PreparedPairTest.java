package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.report.JsonReport;
import io.paralign.score.Lexicon;
import io.paralign.score.WordPairCounts;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Set-level learning's two passes share a prepared pair: both give what the documents give unprepared. */
class PreparedPairTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static Document arabic;
    private static Document french;
    /** Word pairs the seed pair teaches, so that the second alignment has a lexicon from outside. */
    private static Lexicon lexicon;

    @BeforeAll
    static void read() throws IOException {
        arabic = PIPELINE.segment(SeedPairTest.read("000_8309a08ed0edb24a.txt"), "ar", false);
        french = PIPELINE.segment(SeedPairTest.read("001_d60f469c9e1ad6ee.txt"), "fr", false);
        WordPairCounts counts = new WordPairCounts();
        for (int i = 0; i < 2; i++) { // twice, so that the pairs reach the lexicon's minimum count
            PIPELINE.teaching(arabic, french).forEach(p -> counts.add(p.source(), p.target()));
        }
        lexicon = PIPELINE.learnLexicon(counts);
        assertTrue(lexicon.size() > 20, "word pairs: " + lexicon.size());
    }

    @Test
    void teachingThenAligningAPreparedPairGivesWhatTheDocumentsGive() {
        PreparedPair prepared = PIPELINE.prepare(arabic, french);
        assertEquals(PIPELINE.teaching(arabic, french), PIPELINE.teaching(prepared));
        String fresh = JsonReport.write(PIPELINE.align(arabic, french, lexicon));
        assertEquals(fresh, JsonReport.write(PIPELINE.align(prepared, lexicon)));
        assertEquals(fresh, JsonReport.write(PIPELINE.align(prepared, lexicon)), "aligned a second time");
        assertEquals(JsonReport.write(PIPELINE.align(arabic, french, Lexicon.EMPTY)),
                JsonReport.write(PIPELINE.align(prepared, Lexicon.EMPTY)));
    }

    @Test
    void whatThePreparationCappedIsReportedByEveryAlignment() {
        PreparedPair prepared = PIPELINE.prepare(
                PIPELINE.segment(WorstCaseInputs.numbers(600, true), "ar", false),
                PIPELINE.segment(WorstCaseInputs.numbers(600, false), "fr", false));
        PIPELINE.teaching(prepared);
        for (int i = 0; i < 2; i++) {
            List<String> codes = PIPELINE.align(prepared, Lexicon.EMPTY).warnings().stream().map(Warning::code)
                    .toList();
            assertEquals(1, codes.stream().filter("ANCHORS_CAPPED"::equals).count(), codes::toString);
        }
    }

    @Test
    void itsCharactersAreThoseOfBothDocumentsSentences() {
        long characters = arabic.sentences().stream().mapToLong(s -> s.span().length()).sum()
                + french.sentences().stream().mapToLong(s -> s.span().length()).sum();
        assertEquals(characters, PIPELINE.prepare(arabic, french).characters());
    }
}
