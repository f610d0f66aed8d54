package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.diverge.FlagFinder;
import io.paralign.diverge.UnknownFlagTypeException;
import io.paralign.model.Document;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detector selection of {@link AlignOptions}: all by default, chosen by stable codes, unknown codes refused. */
class AlignOptionsTest {

    @Test
    void everyDetectorByDefault() {
        assertEquals(EnumSet.allOf(FlagType.class), AlignOptions.defaults().detectors());
    }

    @Test
    void detectorsAreChosenByCode() {
        AlignOptions options = AlignOptions.defaults().withDetectors(List.of("BOILERPLATE", "ANCHOR_MISMATCH"));
        assertEquals(Set.of(FlagType.BOILERPLATE, FlagType.ANCHOR_MISMATCH), options.detectors());
        assertEquals(AlignOptions.defaults().maxCells(), options.maxCells());
    }

    @Test
    void theSelectionCannotBeChangedAfterwards() {
        EnumSet<FlagType> chosen = EnumSet.of(FlagType.BOILERPLATE);
        AlignOptions d = AlignOptions.defaults();
        AlignOptions options = new AlignOptions(d.sentenceCosts(), d.paragraphCosts(), d.learnLexicon(),
                d.maxCells(), d.bandWidth(), d.minFlagConfidence(), chosen);
        chosen.add(FlagType.UNTRANSLATED);
        assertEquals(Set.of(FlagType.BOILERPLATE), options.detectors());
        assertThrows(UnsupportedOperationException.class, () -> options.detectors().add(FlagType.LENGTH_RATIO));
    }

    @Test
    void anUnknownCodeIsRefusedWithTheKnownOnes() {
        UnknownFlagTypeException e = assertThrows(UnknownFlagTypeException.class,
                () -> AlignOptions.defaults().withDetectors(List.of("OMISSION")));
        assertTrue(e.getMessage().startsWith("unknown flag type 'OMISSION'; known: MISSING_IN_TARGET, "),
                e.getMessage());
    }

    @Test
    void noDetectorGivesNoFlag() throws IOException {
        AlignmentPipeline none = new AlignmentPipeline(AlignOptions.defaults().withDetectors(List.of()));
        AlignmentResult result = none.align(SeedPairTest.read("000_8309a08ed0edb24a.txt"), "ar",
                SeedPairTest.read("001_d60f469c9e1ad6ee.txt"), "fr", false);
        assertEquals(List.of(), result.flags());
        assertEquals(result.beads(), new AlignmentPipeline().align(SeedPairTest.read("000_8309a08ed0edb24a.txt"),
                "ar", SeedPairTest.read("001_d60f469c9e1ad6ee.txt"), "fr", false).beads());
    }

    @Test
    void aDocumentAloneGetsOnlyTheSelectedFindings() throws IOException {
        // seed 002 repeats a block of four paragraphs
        Document document = new AlignmentPipeline().segment(SeedPairTest.read("002_54456295ff58628f.txt"), "ar",
                false);
        List<Flag> all = new FlagFinder().detectAlone(document);
        assertTrue(all.stream().anyMatch(f -> f.type() == FlagType.DUPLICATE_BLOCK), all::toString);
        assertEquals(List.of(), new FlagFinder(Set.of(FlagType.BOILERPLATE)).detectAlone(document).stream()
                .filter(f -> f.type() == FlagType.DUPLICATE_BLOCK).toList());
    }
}
