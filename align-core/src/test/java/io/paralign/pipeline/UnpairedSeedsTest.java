package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.diverge.FlagFinder;
import io.paralign.model.Document;
import io.paralign.model.InvalidTextException;
import io.paralign.model.UnsupportedLanguageException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-sided findings on the seeds with no counterpart, and the library's answers to bad input. */
class UnpairedSeedsTest {
    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    private List<Flag> alone(String name) throws IOException {
        Document document = pipeline.segment(SeedPairTest.read(name), "ar", false);
        return new FlagFinder().detectAlone(document);
    }

    @Test
    void seed002RepeatsABlockOfFourParagraphs() throws IOException {
        List<Flag> flags = alone("002_54456295ff58628f.txt");
        List<Flag> repeats = flags.stream().filter(f -> f.type() == FlagType.DUPLICATE_BLOCK).toList();
        assertEquals(1, repeats.size(), flags::toString);
        assertTrue(repeats.get(0).evidence().contains("(paragraphs 6-9) repeat paragraphs 2-5"), repeats.get(0).evidence());
    }

    @Test
    void seed003BackToTopLineIsBoilerplate() throws IOException {
        List<Flag> flags = alone("003_53b44f6959fe56d8.txt");
        assertEquals(List.of("زر الذهاب إلى الأعلى"), flags.stream()
                .filter(f -> f.type() == FlagType.BOILERPLATE).map(Flag::text).toList());
    }

    @Test
    void seed004HasNoFinding() throws IOException {
        assertEquals(List.of(), alone("004_66860c56a43bd283.txt"));
    }

    @Test
    void duplicatedParagraphIsFlaggedNotReportedMissing() {
        String ar = "الفقرة الأولى عن الاقتصاد في البلاد.\nالفقرة الثانية عن السياسة والانتخابات المقبلة.\n"
                + "الفقرة الثانية عن السياسة والانتخابات المقبلة.\n";
        String fr = "Le premier paragraphe porte sur l'économie du pays.\n"
                + "Le second paragraphe porte sur la politique et les prochaines élections.\n";
        AlignmentResult result = pipeline.align(ar, "ar", fr, "fr", false);
        assertEquals(List.of(FlagType.DUPLICATE_BLOCK), result.flags().stream().map(Flag::type).toList());
    }

    @Test
    void badInputGivesNamedExceptions() {
        assertThrows(InvalidTextException.class, () -> pipeline.align("", "ar", "Bonjour.", "fr", false));
        assertThrows(InvalidTextException.class, () -> pipeline.align("123 456", "ar", "Bonjour.", "fr", false));
        assertThrows(InvalidTextException.class, () -> pipeline.align(null, "ar", "Bonjour.", "fr", false));
        assertThrows(UnsupportedLanguageException.class, () -> pipeline.align("مرحبا", "not a tag!", "Bonjour.", "fr", false));
        assertThrows(InvalidTextException.class, () -> pipeline.align(null, null, io.paralign.score.Lexicon.EMPTY));
    }

    @Test
    void oneSidedTextLeavesEverythingUnmatched() {
        AlignmentResult result = pipeline.align("مرحبا بكم.\nهذه جملة ثانية.", "ar", "Bonjour.", "fr", false);
        assertTrue(result.beads().stream().allMatch(b -> b.source().size() + b.target().size() >= 1));
        int covered = result.beads().stream().mapToInt(b -> b.source().size()).sum();
        assertEquals(result.source().sentenceCount(), covered);
    }
}
