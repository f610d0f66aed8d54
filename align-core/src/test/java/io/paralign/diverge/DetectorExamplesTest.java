package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every detector's must-flag and must-not-flag examples, run through the whole pipeline on a small parallel text
 * taken from the seed pair (four Arabic paragraphs and their French translations), edited one way per case.
 */
class DetectorExamplesTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static List<String> arabic;
    private static List<String> french;

    @BeforeAll
    static void load() throws IOException {
        List<String> ar = Files.readAllLines(Path.of("..", "seeds", "000_8309a08ed0edb24a.txt"));
        List<String> fr = Files.readAllLines(Path.of("..", "seeds", "001_d60f469c9e1ad6ee.txt"));
        arabic = List.of(ar.get(1), ar.get(2), ar.get(15), ar.get(17));
        french = List.of(fr.get(2), fr.get(3), fr.get(15), fr.get(16));
    }

    record Example(String name, UnaryOperator<List<String>> editArabic, UnaryOperator<List<String>> editFrench,
                   DivergenceType type, Side side, boolean mustFlag) {
        @Override
        public String toString() {
            return (mustFlag ? "flags " : "does not flag ") + type + ": " + name;
        }
    }

    static Stream<Arguments> examples() {
        UnaryOperator<List<String>> same = l -> l;
        return Stream.of(
                new Example("parallel text", same, same, DivergenceType.MISSING_IN_SOURCE, Side.TARGET, false),
                new Example("parallel text", same, same, DivergenceType.MISSING_IN_TARGET, Side.SOURCE, false),
                new Example("French paragraph added", same,
                        l -> insert(l, 2, "Des organisations de défense des droits de l’homme affirment que plus d’un "
                                + "million de personnes ont été détenues dans des camps d’internement, selon plusieurs "
                                + "rapports publiés ces dernières années par des chercheurs indépendants."),
                        DivergenceType.MISSING_IN_SOURCE, Side.TARGET, true),
                new Example("Arabic paragraph dropped from French", same, l -> remove(l, 1),
                        DivergenceType.MISSING_IN_TARGET, Side.SOURCE, true),
                new Example("year changed in French", same, l -> replace(l, 2, "2019", "2017"),
                        DivergenceType.ANCHOR_MISMATCH, Side.TARGET, true),
                new Example("same years", same, same, DivergenceType.ANCHOR_MISMATCH, Side.TARGET, false),
                new Example("thousands written as a scale word", l -> replace(l, 2, "منذ عام 2019", "منذ 820 ألف"),
                        l -> replace(l, 2, "depuis 2019", "depuis 820 000"), DivergenceType.ANCHOR_MISMATCH,
                        Side.TARGET, false),
                new Example("paragraph repeated in Arabic", l -> insert(l, 2, l.get(1)), same,
                        DivergenceType.DUPLICATE_BLOCK, Side.SOURCE, true),
                new Example("repeat is not also an omission", l -> insert(l, 2, l.get(1)), same,
                        DivergenceType.MISSING_IN_TARGET, Side.SOURCE, false),
                // paragraphs 0 and 3 both name "فريق الاستجابة للطوارئ الحاسوبية" التابع لمنظمة التعاون الإسلامي
                new Example("a long name repeated in two different paragraphs", same, same,
                        DivergenceType.DUPLICATE_BLOCK, Side.SOURCE, false),
                new Example("a short answer repeated in both texts",
                        l -> insert(insert(l, 1, "قال: لا تعليق."), 3, "قال: لا تعليق."),
                        l -> insert(insert(l, 1, "Il a dit : pas de commentaire."), 3, "Il a dit : pas de commentaire."),
                        DivergenceType.DUPLICATE_BLOCK, Side.SOURCE, false),
                new Example("copyright line added", same, l -> insert(l, 4, "Tous droits réservés © 2024"),
                        DivergenceType.BOILERPLATE, Side.TARGET, true),
                new Example("ordinary French text", same, same, DivergenceType.BOILERPLATE, Side.TARGET, false),
                new Example("French heading added", same, l -> insert(l, 2, "Réactions internationales"),
                        DivergenceType.HEADING_UNMATCHED, Side.TARGET, true),
                new Example("heading in both texts", l -> insert(l, 2, "ردود فعل دولية"),
                        l -> insert(l, 2, "Réactions internationales"), DivergenceType.HEADING_UNMATCHED, Side.TARGET,
                        false),
                new Example("heading in both texts", l -> insert(l, 2, "ردود فعل دولية"),
                        l -> insert(l, 2, "Réactions internationales"), DivergenceType.HEADING_UNMATCHED, Side.SOURCE,
                        false),
                new Example("French paragraph left in the Arabic text",
                        l -> insert(l, 2, "Cette adhésion permettra de renforcer la cyberdéfense des États membres "
                                + "de l’organisation, selon un communiqué publié mercredi soir."), same,
                        DivergenceType.UNTRANSLATED, Side.SOURCE, true),
                new Example("parallel text", same, same, DivergenceType.UNTRANSLATED, Side.SOURCE, false),
                new Example("French translation stops half way", same,
                        l -> replace(l, 0, l.get(0), l.get(0).substring(0, l.get(0).indexOf(" connue sous le nom")) + "."),
                        DivergenceType.LENGTH_RATIO, Side.SOURCE, true),
                new Example("parallel text", same, same, DivergenceType.LENGTH_RATIO, Side.SOURCE, false))
                .map(Arguments::of);
    }

    @Test
    void everyTypeHasAMustFlagAndAMustNotFlagExample() {
        List<Example> all = examples().map(a -> (Example) a.get()[0]).toList();
        for (DivergenceType type : DivergenceType.values()) {
            for (boolean mustFlag : new boolean[] {true, false}) {
                assertTrue(all.stream().anyMatch(e -> e.type() == type && e.mustFlag() == mustFlag),
                        () -> type + " has no " + (mustFlag ? "must-flag" : "must-not-flag") + " example");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(Example example) {
        String ar = String.join("\n", example.editArabic().apply(arabic));
        String fr = String.join("\n", example.editFrench().apply(french));
        AlignmentResult result = PIPELINE.align(ar, "ar", fr, "fr", false);
        boolean flagged = result.flags().stream()
                .anyMatch(f -> f.type() == example.type() && f.side() == example.side());
        if (example.mustFlag()) {
            assertTrue(flagged, () -> "expected " + example.type() + " on " + example.side() + ", got " + result.flags());
        } else {
            assertFalse(flagged, () -> "expected no " + example.type() + " on " + example.side() + ", got "
                    + result.flags());
        }
    }

    private static List<String> insert(List<String> lines, int at, String line) {
        List<String> out = new java.util.ArrayList<>(lines);
        out.add(at, line);
        return out;
    }

    private static List<String> remove(List<String> lines, int at) {
        List<String> out = new java.util.ArrayList<>(lines);
        out.remove(at);
        return out;
    }

    private static List<String> replace(List<String> lines, int at, String from, String to) {
        List<String> out = new java.util.ArrayList<>(lines);
        if (!out.get(at).contains(from)) {
            throw new IllegalStateException("fixture line " + at + " lacks '" + from + "'");
        }
        out.set(at, out.get(at).replace(from, to));
        return out;
    }
}
