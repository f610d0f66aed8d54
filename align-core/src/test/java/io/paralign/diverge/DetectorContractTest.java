package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.pipeline.AlignOptions;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every detector of the registry keeps, checked on the examples each one ships (LanguageTool runs its
 * rules' own examples the same way): each must-flag example gets a flag of the detector's type on its side and each
 * must-not-flag example none, through the whole pipeline; with only that detector selected, every flag is of its
 * type and they are the flags of that type that all detectors give.
 */
class DetectorContractTest {
    private static final AlignmentPipeline ALL = new AlignmentPipeline();

    static Stream<Arguments> examples() {
        return Detectors.list().stream()
                .flatMap(detector -> detector.examples().stream().map(e -> Arguments.of(detector.type(), e)));
    }

    private static AlignmentResult align(AlignmentPipeline pipeline, DetectorExample example) {
        return pipeline.align(example.source(), example.sourceLanguage(), example.target(), example.targetLanguage(),
                false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void example(FlagType type, DetectorExample example) {
        List<Flag> flags = align(ALL, example).flags();
        boolean flagged = flags.stream().anyMatch(f -> f.type() == type && f.side() == example.side());
        assertEquals(example.mustFlag(), flagged, () -> (example.mustFlag() ? "expected " : "expected no ") + type
                + " on the " + example.side().json() + " side, got " + flags);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void selectedAloneTheDetectorGivesItsFlagsOnly(FlagType type, DetectorExample example) {
        AlignmentPipeline alone = new AlignmentPipeline(AlignOptions.defaults().withDetectors(List.of(type.name())));
        List<Flag> expected = align(ALL, example).flags().stream().filter(f -> f.type() == type).toList();
        assertEquals(expected, align(alone, example).flags());
    }

    @Test
    void everyDetectorShipsTwoMustFlagAndTwoMustNotFlagExamples() {
        for (FlagDetector detector : Detectors.list()) {
            for (boolean mustFlag : new boolean[] {true, false}) {
                long count = detector.examples().stream().filter(e -> e.mustFlag() == mustFlag).count();
                assertTrue(count >= 2, () -> detector.type() + " has " + count + " "
                        + (mustFlag ? "must-flag" : "must-not-flag") + " examples");
            }
        }
    }

    @Test
    void theRegistryHoldsOneDetectorPerTypeKeyedByIt() {
        assertEquals(FlagType.values().length, Detectors.list().size());
        for (FlagType type : FlagType.values()) {
            assertSame(type, Detectors.of(type).type());
        }
    }

    @Test
    void codesSelectTypes() {
        assertEquals(List.of(FlagType.MISSING_IN_TARGET, FlagType.BOILERPLATE),
                List.copyOf(Detectors.select(List.of("BOILERPLATE", "MISSING_IN_TARGET"))));
        assertEquals(List.of(), List.copyOf(Detectors.select(List.of())));
    }

    @Test
    void anUnknownCodeIsRefusedByName() {
        UnknownFlagTypeException e = assertThrows(UnknownFlagTypeException.class,
                () -> Detectors.select(List.of("BOILERPLATE", "missing_in_target")));
        assertEquals("unknown flag type 'missing_in_target'; known: MISSING_IN_TARGET, MISSING_IN_SOURCE, "
                + "ANCHOR_MISMATCH, LENGTH_RATIO, DUPLICATE_BLOCK, HEADING_UNMATCHED, BOILERPLATE, UNTRANSLATED",
                e.getMessage());
    }
}
