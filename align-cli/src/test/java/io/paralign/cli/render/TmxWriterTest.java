package io.paralign.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.paralign.align.Bead;
import io.paralign.align.Coverage;
import io.paralign.diverge.Divergence;
import io.paralign.diverge.DivergenceType;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.ParagraphStyle;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import io.paralign.model.Span;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.LengthModel;

/**
 * TMX output: a result made here, whose whole TMX is written out below by hand; and the seed pair's, valid against
 * the TMX 1.4b DTD.
 */
class TmxWriterTest {
    /**
     * Arabic sentences 0 and 1 make one bead with French sentence 0 (2-1), Arabic 2 is unmatched (no unit), Arabic 3
     * and French 1 make a 1-1. Texts and evidence hold every character XML escapes.
     */
    private static final AlignmentResult MADE = new AlignmentResult(
            document("ar", List.of(List.of("قال المدير إن الأرباح ارتفعت.", "وأضاف أن \"R&D\" سيزيد."),
                    List.of("جملة بلا ترجمة."), List.of("السعر <10> دولارات."))),
            document("fr", List.of(List.of("Le directeur a dit que les bénéfices avaient augmenté et que la « R&D » "
                    + "croîtrait."), List.of("Le prix est de <10> dollars l'unité."))),
            List.of(),
            List.of(new Bead(List.of(0, 1), List.of(0), 0.5, 0.87654), new Bead(List.of(2), List.of(), 0, 0.3),
                    new Bead(List.of(3), List.of(1), 0.123456, 1.0)),
            List.of(new Divergence(DivergenceType.LENGTH_RATIO, Side.SOURCE, 0, List.of(0), new Span(0, 29),
                            "قال المدير إن الأرباح ارتفعت.", "ratio 'high'", 0.6),
                    new Divergence(DivergenceType.MISSING_IN_TARGET, Side.SOURCE, 1, List.of(2), new Span(52, 67),
                            "جملة بلا ترجمة.", "source sentence 2 has no counterpart", 0.95),
                    new Divergence(DivergenceType.ANCHOR_MISMATCH, Side.TARGET, 1, List.of(1), new Span(83, 119),
                            "Le prix est de <10> dollars l'unité.", "10 vs \"dix\" & <more>", 0.7)),
            new Coverage(new Coverage.SideCoverage(4, 3, 84, 69), new Coverage.SideCoverage(2, 2, 118, 118)),
            new LengthModel(1.2, 6.8), List.of());

    private static final String MADE_TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="paralign" creationtoolversion="0.9 &quot;beta&quot;" segtype="sentence" \
            o-tmf="paralign" adminlang="en" srclang="ar" datatype="plaintext"/>
              <body>
                <tu tuid="1">
                  <prop type="x-bead">2-1</prop>
                  <prop type="x-score">0.500</prop>
                  <prop type="x-confidence">0.877</prop>
                  <prop type="x-flag">LENGTH_RATIO (source): ratio &#39;high&#39;</prop>
                  <tuv xml:lang="ar"><seg>قال المدير إن الأرباح ارتفعت. وأضاف أن &quot;R&amp;D&quot; سيزيد.</seg></tuv>
                  <tuv xml:lang="fr"><seg>Le directeur a dit que les bénéfices avaient augmenté et que la « R&amp;D » \
            croîtrait.</seg></tuv>
                </tu>
                <tu tuid="2">
                  <prop type="x-bead">1-1</prop>
                  <prop type="x-score">0.123</prop>
                  <prop type="x-confidence">1.000</prop>
                  <prop type="x-flag">ANCHOR_MISMATCH (target): 10 vs &quot;dix&quot; &amp; &lt;more&gt;</prop>
                  <tuv xml:lang="ar"><seg>السعر &lt;10&gt; دولارات.</seg></tuv>
                  <tuv xml:lang="fr"><seg>Le prix est de &lt;10&gt; dollars l&#39;unité.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """;

    /** A document of the given paragraphs of sentences: sentences joined by a space, paragraphs by a line break. */
    private static Document document(String language, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paras = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            int start = text.length();
            int first = sentences.size();
            for (String sentence : paragraph) {
                if (sentences.size() > first) {
                    text.append(' ');
                }
                int at = text.length();
                text.append(sentence);
                sentences.add(new Sentence(sentences.size(), paras.size(), new Span(at, text.length()), sentence, false));
            }
            paras.add(new Paragraph(paras.size(), new Span(start, text.length()), first, paragraph.size(), false));
            text.append('\n');
        }
        return new Document(language, text.toString(), ParagraphStyle.LINE, paras, sentences);
    }

    @Test
    void writesTheTmxWrittenOutByHand() {
        assertEquals(MADE_TMX, new TmxWriter("0.9 \"beta\"").render(MADE));
    }

    @Test
    void theTmxWrittenOutByHandIsValidTmx14b() throws Exception {
        Tmx14Dtd.valid(MADE_TMX);
    }

    @Test
    void readsBackTheUnitsWrittenOutByHand() {
        assertEquals(List.of(
                new TranslationUnit(Map.of("ar", "قال المدير إن الأرباح ارتفعت. وأضاف أن \"R&D\" سيزيد.",
                        "fr", "Le directeur a dit que les bénéfices avaient augmenté et que la « R&D » croîtrait."),
                        List.of("LENGTH_RATIO (source): ratio 'high'")),
                new TranslationUnit(Map.of("ar", "السعر <10> دولارات.", "fr", "Le prix est de <10> dollars l'unité."),
                        List.of("ANCHOR_MISMATCH (target): 10 vs \"dix\" & <more>"))),
                TmxReader.read(MADE_TMX));
        assertEquals("ar", TmxReader.sourceLanguage(MADE_TMX));
    }

    /**
     * The seed pair's TMX: valid, and its first unit holds the first line of each article's body (the French title
     * has no Arabic counterpart), with the Arabic date flagged.
     */
    @Test
    void seedPairTmxIsValidTmx14b() throws Exception {
        Path seeds = Path.of("..", "seeds");
        List<String> arabic = Files.readAllLines(seeds.resolve("000_8309a08ed0edb24a.txt"), StandardCharsets.UTF_8);
        List<String> french = Files.readAllLines(seeds.resolve("001_d60f469c9e1ad6ee.txt"), StandardCharsets.UTF_8);
        AlignmentResult result = new AlignmentPipeline().align(String.join("\n", arabic), "ar",
                String.join("\n", french), "fr", false);
        String tmx = new TmxWriter("test").render(result);
        assertEquals(List.of(), Tmx14Dtd.errors(tmx));
        TranslationUnit first = TmxReader.read(tmx).get(0);
        assertEquals(Map.of("ar", arabic.get(0), "fr", french.get(1)), first.segments());
        assertTrue(first.flags().stream().anyMatch(f -> f.startsWith("ANCHOR_MISMATCH (source): 1, 2021 ")),
                first.flags()::toString);
    }

    @Test
    void malformedTmxIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read("<tmx><body>"));
        assertTrue(e.getMessage().startsWith("not well-formed TMX"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TmxReader.read("<html/>"));
    }

    @Test
    void emptyTmxHasNoUnits() {
        assertEquals(List.of(), TmxReader.read("<tmx version=\"1.4\"><header/><body/></tmx>"));
    }
}
