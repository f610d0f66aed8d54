package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import io.paralign.diverge.Divergence;
import io.paralign.diverge.DivergenceType;
import io.paralign.model.Document;
import io.paralign.model.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance checks of the seed pair: 000 (Arabic) against 001 (French). */
class SeedPairTest {
    static final Path SEEDS = Path.of("..", "seeds");
    private static AlignmentResult result;

    @BeforeAll
    static void align() throws IOException {
        result = new AlignmentPipeline().align(read("000_8309a08ed0edb24a.txt"), "ar",
                read("001_d60f469c9e1ad6ee.txt"), "fr", false);
    }

    static String read(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name));
    }

    private static int paragraphStartingWith(Document document, String prefix) {
        return document.paragraphs().stream()
                .filter(p -> document.text().startsWith(prefix, p.span().start()))
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph starts with " + prefix)).index();
    }

    private static List<Divergence> flags(DivergenceType type, Side side) {
        return result.flags().stream().filter(f -> f.type() == type && f.side() == side).toList();
    }

    private static boolean flagged(DivergenceType type, Side side, String textStart) {
        return flags(type, side).stream().anyMatch(f -> f.text().startsWith(textStart));
    }

    @Test
    void twoArabicParagraphsMatchOneFrenchParagraph() {
        int reports = paragraphStartingWith(result.source(), "تقارير أشارت");
        int likely = paragraphStartingWith(result.source(), "ومن المرجح");
        int selon = paragraphStartingWith(result.target(), "Selon des rapports");
        assertTrue(result.paragraphBeads().stream().anyMatch(b -> b.source().equals(List.of(reports, likely))
                && b.target().equals(List.of(selon))), result.paragraphBeads()::toString);
    }

    @Test
    void everyArabicParagraphWithACounterpartIsAligned() {
        List<Integer> unmatchedSource = result.paragraphBeads().stream().filter(b -> b.target().isEmpty())
                .flatMap(b -> b.source().stream()).toList();
        List<Integer> headings = result.source().paragraphs().stream().filter(p -> p.heading()).map(p -> p.index())
                .toList();
        assertEquals(3, headings.size());
        assertEquals(headings, unmatchedSource, "only the three section headings stay unmatched");
    }

    @Test
    void frenchOnlyContentIsFlaggedOnTheFrenchSide() {
        assertTrue(flagged(DivergenceType.HEADING_UNMATCHED, Side.TARGET, "La cyberagence de l’OCI"));
        assertTrue(flagged(DivergenceType.MISSING_IN_SOURCE, Side.TARGET, "Des organisations de défense"));
        assertTrue(flags(DivergenceType.MISSING_IN_SOURCE, Side.TARGET).stream()
                .anyMatch(f -> f.text().contains("plus d’un million de personnes")));
        assertTrue(flagged(DivergenceType.HEADING_UNMATCHED, Side.TARGET, "Un cadre de Huawei démissionne"));
        assertTrue(flagged(DivergenceType.MISSING_IN_SOURCE, Side.TARGET, "L’OIC-CERT et Huawei n’avaient pas"));
        assertTrue(flagged(DivergenceType.BOILERPLATE, Side.TARGET, "Traduit de l’anglais"));
        assertTrue(flagged(DivergenceType.BOILERPLATE, Side.TARGET, "Middle East Eye propose"));
        assertTrue(flags(DivergenceType.MISSING_IN_TARGET, Side.SOURCE).isEmpty(),
                () -> "no Arabic omission expected: " + flags(DivergenceType.MISSING_IN_TARGET, Side.SOURCE));
    }

    @Test
    void arabicSectionHeadingsAreUnmatchedHeadings() {
        List<Divergence> headings = flags(DivergenceType.HEADING_UNMATCHED, Side.SOURCE);
        assertEquals(List.of("دعم من الإمارات وماليزيا", "تورط في استهداف الإيغور", "وكالة الأمن السيبراني في منظمة التعاون"),
                headings.stream().map(Divergence::text).toList());
    }

    @Test
    void arabicDateHasNoFrenchCounterpart() {
        assertTrue(flags(DivergenceType.ANCHOR_MISMATCH, Side.SOURCE).stream()
                .anyMatch(f -> f.paragraph() == 0 && f.text().equals("1 أبريل/نيسان 2021")), result.flags()::toString);
    }

    @Test
    void sharedNumbersAreMatchingAnchors() {
        List<String> matched = result.beads().stream().flatMap(b -> b.anchors().stream())
                .map(p -> p.source().surface() + "=" + p.target().surface()).toList();
        assertTrue(matched.containsAll(List.of("57=57", "2009=2009", "2019=2019")), matched::toString);
        assertTrue(result.flags().stream().noneMatch(f -> f.text().matches(".*\\b(57|2009|2019)\\b.*")
                && f.type() == DivergenceType.ANCHOR_MISMATCH));
    }

    @Test
    void namesAcrossScriptsAreMatchingAnchors() {
        List<String> matched = result.beads().stream().flatMap(b -> b.anchors().stream())
                .map(p -> p.source().surface() + "=" + p.target().surface()).toList();
        assertTrue(matched.contains("هواوي=Huawei"), matched::toString);
        assertTrue(matched.contains("جريزمان=Griezmann"), matched::toString);
    }

    @Test
    void coverageCountsAlignedSentences() {
        long alignedTarget = result.beads().stream().filter(Bead::isMatch).mapToLong(b -> b.target().size()).sum();
        assertEquals(alignedTarget, result.coverage().target().alignedSentences());
        assertTrue(result.coverage().source().sentenceShare() > 0.8);
        assertTrue(result.coverage().target().sentenceShare() < result.coverage().source().sentenceShare());
    }
}
