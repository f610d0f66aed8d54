package io.paralign.api.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.api.WorstCases;
import io.paralign.api.store.PairText;

import io.paralign.align.Bead;
import io.paralign.diverge.Flag;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.ReportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AlignmentBodyTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    private static AlignmentResult align(String french, String arabic) {
        return PIPELINE.align(french, "fr", arabic, "ar", false);
    }

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("../seeds", name));
    }

    @Test
    void eachPairNamesTheFlagsOnItsSentences() throws IOException {
        AlignmentResult result = align(seed("001_d60f469c9e1ad6ee.txt"), seed("000_8309a08ed0edb24a.txt"));
        JsonNode body = MAPPER.readTree(AlignmentBody.of("id", Instant.EPOCH, result, MAPPER).json());
        assertTrue(result.flags().size() > 0);
        List<Bead> beads = result.beads();
        assertEquals(beads.size(), body.get("pairs").size());
        for (int i = 0; i < beads.size(); i++) {
            List<Integer> expected = new ArrayList<>();
            for (int f = 0; f < result.flags().size(); f++) {
                Flag flag = result.flags().get(f);
                List<Integer> ids = flag.side() == Side.SOURCE ? beads.get(i).source() : beads.get(i).target();
                if (flag.sentences().stream().anyMatch(ids::contains)) {
                    expected.add(f);
                }
            }
            List<Integer> actual = body.get("pairs").get(i).get("flags").values().stream().map(JsonNode::asInt)
                    .toList();
            assertEquals(expected, actual, "pair " + i);
        }
    }

    /**
     * The pairs are made from the typed result, not read back out of the body: their texts (what the store indexes
     * for search) are each bead's sentences as align-core's {@link ReportView} joins them, and the body's
     * {@code pairs} hold the same texts.
     */
    @Test
    void thePairsAreTheCoreViewsBeadTexts() throws IOException {
        AlignmentResult result = align(seed("001_d60f469c9e1ad6ee.txt"), seed("000_8309a08ed0edb24a.txt"));
        AlignmentBody body = AlignmentBody.of("id", Instant.EPOCH, result, MAPPER);
        ReportView view = ReportView.of(result);
        JsonNode pairs = MAPPER.readTree(body.json()).get("pairs");
        assertEquals(view.beads().size(), body.pairs().size());
        for (int i = 0; i < view.beads().size(); i++) {
            ReportView.BeadView bead = view.beads().get(i);
            PairText expected = new PairText(i, view.text(bead, Side.SOURCE), view.text(bead, Side.TARGET));
            assertEquals(expected, body.pairs().get(i), "pair " + i);
            assertEquals(expected, new PairText(pairs.get(i).get("index").asInt(),
                    pairs.get(i).get("sourceText").asString(), pairs.get(i).get("targetText").asString()), "pair " + i);
        }
    }

    /**
     * The stated bound: the body is at most 4 bytes per byte of the texts (a sentence's text is in {@code source}
     * or {@code target}, in its pair, and in up to two flags) plus 700 bytes per sentence of either side (its
     * entries in sentences, paragraphs, beads, paragraph beads, pairs and flags), 48 per anchor pair and 1 KB.
     * A sentence takes at least 2 bytes of text (a character and a break) and an anchor pair 4, so this is at
     * most 366 times the texts plus 1 KB; prose of 60-byte sentences stays under 16 times.
     */
    private static void assertWithinBound(String family, String[] texts) {
        AlignmentResult result = align(texts[0], texts[1]);
        AlignmentBody body = AlignmentBody.of("id", Instant.EPOCH, result, MAPPER);
        long input = texts[0].getBytes(StandardCharsets.UTF_8).length + texts[1].getBytes(StandardCharsets.UTF_8).length;
        long sentences = result.source().sentenceCount() + result.target().sentenceCount();
        long anchors = result.beads().stream().mapToLong(b -> b.anchors().size()).sum();
        long bound = 4 * input + 700 * sentences + 48 * anchors + 1024;
        assertTrue(body.json().length <= bound, family + ": " + body.json().length + " bytes, over " + bound);
        assertTrue(body.json().length <= 366 * input + 1024, family);
        long pairs = MAPPER.writeValueAsBytes(MAPPER.readTree(body.json()).get("pairs")).length;
        assertTrue(pairs <= input + 150L * result.beads().size() + 64, family + ": pairs take " + pairs);
    }

    @Test
    void theBodyStaysWithinItsBoundForTheWorstFamilies() throws IOException {
        assertWithinBound("seed pair", new String[] {seed("001_d60f469c9e1ad6ee.txt"), seed("000_8309a08ed0edb24a.txt")});
        assertWithinBound("numbers", WorstCases.numbers(8_000));
        assertWithinBound("one digit repeated", new String[] {"Les chiffres" + " 7".repeat(8_000) + ".",
                "\u0627\u0644\u0623\u0631\u0642\u0627\u0645" + " 7".repeat(8_000) + "."});
        assertWithinBound("one-word lines", WorstCases.lines(4_000));
        assertWithinBound("one-letter lines", new String[] {"a\n".repeat(4_000), "\u0628\n".repeat(4_000)});
        assertWithinBound("many sentences against one", WorstCases.oneToMany(4_000));
    }
}
