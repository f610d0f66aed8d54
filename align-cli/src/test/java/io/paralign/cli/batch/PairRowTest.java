package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import io.paralign.batch.DocumentPair;
import io.paralign.batch.InputDocument;
import io.paralign.batch.PairedBy;

/** A pair's line of the batch summaries, read from a JSON report written here: flag counts and the worst flags. */
class PairRowTest {
    private static final String REPORT = """
            {"source": {"language": "ar", "paragraphs": [{}, {}], "sentences": [{}, {}, {}]},
             "target": {"language": "fr", "paragraphs": [{}], "sentences": [{}, {}]},
             "coverage": {"source": {"sentenceShare": 0.667, "characterShare": 0.5},
                          "target": {"sentenceShare": 1.0, "characterShare": 1.0}},
             "beads": [{"source": [0], "target": [0]}, {"source": [1], "target": []},
                       {"source": [2], "target": [1]}],
             "flags": [
              {"type": "ANCHOR_MISMATCH", "side": "source", "sentences": [0], "text": "2019", "confidence": 0.6},
              {"type": "MISSING_IN_TARGET", "side": "source", "sentences": [1], "text": "  first\\n omission  ",
               "confidence": 0.95},
              {"type": "LENGTH_RATIO", "side": "target", "sentences": [1], "text": "long", "confidence": 0.7},
              {"type": "BOILERPLATE", "side": "target", "sentences": [1], "text": "Tous droits réservés",
               "confidence": 0.9},
              {"type": "MISSING_IN_TARGET", "side": "source", "sentences": [7], "text": "%s", "confidence": 0.95}
             ]}
            """.formatted("x".repeat(100));

    private static PairRow row() {
        DocumentPair pair = new DocumentPair(new InputDocument("a.ar.txt", Path.of("a.ar.txt"), "…", "ar"),
                new InputDocument("a.fr.txt", Path.of("a.fr.txt"), "…", "fr"), 0.8, PairedBy.NAME);
        return PairRow.of(pair, "a.ar--a.fr", JsonMapper.builder().build().readTree(REPORT));
    }

    @Test
    void everyFlagTypeIsCountedZerosIncluded() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String type : List.of("MISSING_IN_TARGET", "MISSING_IN_SOURCE", "ANCHOR_MISMATCH", "LENGTH_RATIO",
                "DUPLICATE_BLOCK", "HEADING_UNMATCHED", "BOILERPLATE", "UNTRANSLATED")) {
            counts.put(type, 0);
        }
        counts.putAll(Map.of("MISSING_IN_TARGET", 2, "ANCHOR_MISMATCH", 1, "LENGTH_RATIO", 1, "BOILERPLATE", 1));
        assertEquals(counts, row().flagCounts());
    }

    /** The three most confident, ties in report order, each on one line of at most 80 characters. */
    @Test
    void theWorstFlagsAreTheThreeMostConfident() {
        assertEquals(List.of("MISSING_IN_TARGET (source): first omission",
                "MISSING_IN_TARGET (source): " + "x".repeat(79) + "…",
                "BOILERPLATE (target): Tous droits réservés"),
                row().worstFlags().stream().map(PairRow.Flag::line).toList());
    }

    /** Each worst flag's place in the pair's HTML report: its bead row, or its flag row when no bead holds it. */
    @Test
    void theWorstFlagsKnowTheirRows() {
        assertEquals(List.of("b2", "f5", "b3"), row().worstFlags().stream().map(PairRow.Flag::anchor).toList());
    }

    @Test
    void sidesAndPairing() {
        PairRow row = row();
        assertEquals(new PairRow.SideRow("ar", 2, 3, 0.667, 0.5), row.sourceSide());
        assertEquals(new PairRow.SideRow("fr", 1, 2, 1.0, 1.0), row.targetSide());
        assertEquals("name", row.pairedBy());
    }
}
