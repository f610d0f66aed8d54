package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;

/**
 * TMX output: a result made by hand ({@link MadeResults#TWO_BEADS}), whose whole TMX is written out below by hand;
 * and the seed pair's, valid against the TMX 1.4b DTD.
 */
class TmxWriterTest {
    private static final String MADE_TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="paralign" creationtoolversion="0.9 &quot;beta&quot;" segtype="sentence" \
            o-tmf="paralign" adminlang="en" srclang="ar" datatype="plaintext" creationdate="20260102T030405Z"/>
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

    @Test
    void writesTheTmxWrittenOutByHand() {
        RenderOptions options = new RenderOptions("0.9 \"beta\"", Rendered.OPTIONS.created(), 0, SegmentType.SENTENCE);
        assertEquals(MADE_TMX, new TmxWriter(options).render(ReportView.of(MadeResults.TWO_BEADS)));
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
        String tmx = new TmxWriter(Rendered.OPTIONS).render(ReportView.of(result));
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
