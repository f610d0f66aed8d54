package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.pipeline.AlignmentPipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code start}/{@code end} offsets of the JSON report, counted by hand on a short text (end exclusive). */
class JsonReportOffsetsTest {
    // 0         1         2         3         4         5         6         7
    // 0123456789012345678901234567890123456789012345678901234567890123456789012345
    // The rain stopped at noon. The streets dried quickly.¶¶Shops opened again.
    private static final String ENGLISH = "The rain stopped at noon. The streets dried quickly.\n\nShops opened again.";
    // La pluie a cessé à midi. Les rues ont vite séché.¶¶Les magasins ont rouvert.
    private static final String FRENCH = "La pluie a cessé à midi. Les rues ont vite séché.\n\nLes magasins ont rouvert.";
    private static ObjectNode report;

    @BeforeAll
    static void align() {
        report = JsonReport.tree(new AlignmentPipeline().align(ENGLISH, "en", FRENCH, "fr", false));
    }

    private static List<List<Integer>> offsets(JsonNode items) {
        List<List<Integer>> out = new ArrayList<>();
        items.forEach(item -> out.add(List.of(item.get("start").asInt(), item.get("end").asInt())));
        return out;
    }

    @Test
    void sentenceOffsets() {
        assertEquals(List.of(List.of(0, 25), List.of(26, 52), List.of(54, 73)),
                offsets(report.get("source").get("sentences")));
        assertEquals(List.of(List.of(0, 24), List.of(25, 49), List.of(51, 76)),
                offsets(report.get("target").get("sentences")));
    }

    @Test
    void paragraphOffsets() {
        assertEquals(List.of(List.of(0, 52), List.of(54, 73)), offsets(report.get("source").get("paragraphs")));
        assertEquals(List.of(List.of(0, 49), List.of(51, 76)), offsets(report.get("target").get("paragraphs")));
    }

    @Test
    void offsetsCutTheSentenceTextOutOfTheInput() {
        for (String side : List.of("source", "target")) {
            String text = side.equals("source") ? ENGLISH : FRENCH;
            report.get(side).get("sentences").forEach(s -> assertEquals(s.get("text").asString(),
                    text.substring(s.get("start").asInt(), s.get("end").asInt())));
        }
    }
}
