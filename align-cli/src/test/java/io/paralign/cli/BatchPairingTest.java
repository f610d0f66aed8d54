package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End-to-end: how {@code batch} reports the way each pair was made, name-mates left unpaired, and its progress. */
class BatchPairingTest extends InProcessCli {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void summariesSayHowEachPairWasMadeAndWarnOfANameMateLeftUnpaired() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 6);
        // 0006.fr.txt now holds 0001's French, whose Arabic has no language word: the anchors pair those two
        Files.delete(folder.resolve("0006.fr.txt"));
        Files.move(folder.resolve("article0001-fr.txt"), folder.resolve("0006.fr.txt"));
        Files.move(folder.resolve("article0001_ar.txt"), folder.resolve("article0001.txt"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", folder.toString(), "--glob", "{*,**/*}.txt", "--out", report.toString(),
                "--threads", "2"), err.toString());

        JsonNode summary = JSON.readTree(Files.readString(report.resolve("summary.json")));
        Map<String, String> by = new HashMap<>();
        summary.get("pairs").forEach(p -> by.put(p.get("source").asString(), p.get("pairedBy").asString() + " "
                + p.get("target").asString()));
        assertEquals("anchors 0006.fr.txt", by.get("article0001.txt"));
        assertEquals("name+anchors fr/0002.txt", by.get("ar/0002.txt"));
        assertEquals("name note0.fr.txt", by.get("note0.ar.txt"));
        summary.get("pairs").forEach(p -> assertTrue(p.get("pairingScore").asDouble() > 0.15, p.toString()));

        JsonNode unpaired = summary.get("unpaired");
        assertEquals(1, unpaired.size(), unpaired.toString());
        assertEquals("0006.ar.txt", unpaired.get(0).get("file").asString());
        assertEquals("0006.fr.txt", unpaired.get(0).get("nameMate").asString());
        String warning = "0006.ar.txt: left unpaired although its name-mate 0006.fr.txt exists (it was paired with "
                + "article0001.txt by anchors)";
        assertEquals(warning, unpaired.get(0).get("warning").asString());
        assertTrue(err.toString().contains("align-cli: warning: " + warning), err.toString());

        List<String> csv = Files.readString(report.resolve("summary.csv")).lines().toList();
        assertTrue(csv.get(0).startsWith("status,source,target,source_lang,target_lang,paired_by,pairing_score,"),
                csv.get(0));
        assertTrue(csv.contains(csv.stream().filter(l -> l.startsWith("paired,article0001.txt,0006.fr.txt,ar,fr,"
                + "anchors,0.")).findFirst().orElse("missing anchors row")), String.join("\n", csv));
        String last = csv.get(csv.size() - 1);
        assertTrue(last.startsWith("unpaired,0006.ar.txt,,ar,,,,"), last);
        assertTrue(last.endsWith("," + warning), last);
        for (String line : csv) {
            assertEquals(cells(csv.get(0)), cells(line), "one cell per column: " + line);
        }
    }

    /** Cells of a CSV line, commas inside quotes not counted. */
    private static int cells(String line) {
        int cells = 1;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            quoted ^= c == '"';
            cells += !quoted && c == ',' ? 1 : 0;
        }
        return cells;
    }

    @Test
    void manifestPairsSayManifest() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 1);
        Files.writeString(folder.resolve("pairs.csv"), "source,target\narticle0001_ar.txt,article0001-fr.txt\n");
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", "--manifest", folder.resolve("pairs.csv").toString(), "--out",
                report.toString()), err.toString());
        JsonNode pair = JSON.readTree(Files.readString(report.resolve("summary.json"))).get("pairs").get(0);
        assertEquals("manifest", pair.get("pairedBy").asString());
        assertEquals(1.0, pair.get("pairingScore").asDouble());
    }

    @Test
    void progressLinesCarryDoneTotalRateAndEta() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 3);
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", folder.toString(), "--glob", "{*,**/*}.txt", "--out", report.toString()),
                err.toString());
        String log = err.toString();
        assertTrue(log.contains("pairing: reading anchors: [12/12] documents ("), log);
        assertTrue(log.contains("pairing: comparing anchors: [12/12] documents ("), log);
        List<String> pairLines = log.lines().filter(l -> l.matches("\\[\\d/6] .*: done \\(\\d+\\.\\d pairs/s, "
                + "ETA \\d+s\\)")).toList();
        assertEquals(6, pairLines.size(), log);
        assertTrue(log.contains("[6/6] "), log);
    }
}
