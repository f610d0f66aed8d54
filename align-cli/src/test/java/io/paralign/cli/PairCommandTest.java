package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: {@code pair} through the real {@link Main} on folders named in several ways. */
class PairCommandTest extends InProcessCli {
    /** Files in subfolders and in the folder itself. */
    private static final String ALL = "{*,**/*}.txt";

    @TempDir
    Path dir;

    /** The printed table, as source → {target, score, by}; unpaired rows have target "-". */
    private Map<String, List<String>> rows() {
        return out.toString().lines().skip(1).map(line -> List.of(line.trim().split("\\s{2,}")))
                .collect(Collectors.toMap(r -> r.get(0), r -> List.of(r.get(1), r.get(3), r.size() > 4 ? r.get(4)
                        : "")));
    }

    @Test
    void thirtyFivePairsNamedSixWaysAreAllPaired() throws IOException {
        Path folder = dir.resolve("mixed");
        List<MixedNames.Pair> pairs = MixedNames.write(folder, 32);
        assertEquals(0, run("pair", folder.toString(), "--glob", ALL), err.toString());

        Map<String, List<String>> rows = rows();
        assertEquals(pairs.size(), rows.size(), out.toString());
        for (MixedNames.Pair pair : pairs) {
            List<String> row = rows.get(pair.arabic());
            assertEquals(pair.french(), row.get(0), pair + "\n" + out);
            String by = pair.arabic().startsWith("note") ? "name" : "name+anchors"; // notes share no anchor
            assertEquals(by, row.get(2), pair + "\n" + out);
            double score = Double.parseDouble(row.get(1));
            assertTrue(score >= 0.6 && score <= 1, row.toString());
        }
        assertFalse(out.toString().contains("unpaired"), out.toString());
        assertFalse(err.toString().contains("warning"), err.toString());
    }

    @Test
    void withoutNamesTheAnchorsPair() throws IOException {
        Path folder = dir.resolve("mixed");
        List<MixedNames.Pair> pairs = MixedNames.write(folder, 6);
        Path plain = Files.createDirectories(dir.resolve("plain"));
        int i = 0;
        for (MixedNames.Pair pair : pairs.subList(0, 6)) { // names that say nothing: a, b, c, ...
            Files.copy(folder.resolve(pair.arabic()), plain.resolve("doc" + (char) ('a' + i++) + ".txt"));
            Files.copy(folder.resolve(pair.french()), plain.resolve("doc" + (char) ('a' + i++) + ".txt"));
        }
        assertEquals(0, run("pair", plain.toString()), err.toString());
        Map<String, List<String>> rows = rows();
        for (char c = 'a'; c < 'a' + 12; c += 2) {
            assertEquals(List.of("doc" + (char) (c + 1) + ".txt", "anchors"),
                    List.of(rows.get("doc" + c + ".txt").get(0), rows.get("doc" + c + ".txt").get(2)), out.toString());
        }
    }

    @Test
    void anchorsOverruleCrossedNames() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 6);
        // the French files of 0006 and 0001 swap names: each name-mate couple shares no anchor
        Files.move(folder.resolve("0006.fr.txt"), folder.resolve("tmp"));
        Files.move(folder.resolve("article0001-fr.txt"), folder.resolve("0006.fr.txt"));
        Files.move(folder.resolve("tmp"), folder.resolve("article0001-fr.txt"));

        assertEquals(0, run("pair", folder.toString(), "--glob", ALL), err.toString());
        Map<String, List<String>> rows = rows();
        assertEquals(List.of("article0001-fr.txt", "anchors"), List.of(rows.get("0006.ar.txt").get(0),
                rows.get("0006.ar.txt").get(2)), out.toString());
        assertEquals(List.of("0006.fr.txt", "anchors"), List.of(rows.get("article0001_ar.txt").get(0),
                rows.get("article0001_ar.txt").get(2)), out.toString());
    }

    @Test
    void aNameMateLeftUnpairedIsAWarning() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 6);
        // 0006.fr.txt now holds 0001's French, whose Arabic has no language word: the anchors pair those two
        Files.delete(folder.resolve("0006.fr.txt"));
        Files.move(folder.resolve("article0001-fr.txt"), folder.resolve("0006.fr.txt"));
        Files.move(folder.resolve("article0001_ar.txt"), folder.resolve("article0001.txt"));

        assertEquals(0, run("pair", folder.toString(), "--glob", ALL), err.toString());
        Map<String, List<String>> rows = rows();
        assertEquals(List.of("0006.fr.txt", "anchors"), List.of(rows.get("article0001.txt").get(0),
                rows.get("article0001.txt").get(2)), out.toString());
        assertEquals(List.of("-", "unpaired", "name-mate 0006.fr.txt"), rows.get("0006.ar.txt"), out.toString());
        assertTrue(err.toString().contains("align-cli: warning: 0006.ar.txt: left unpaired although its name-mate "
                + "0006.fr.txt exists (it was paired with article0001.txt by anchors)"), err.toString());
    }

    @Test
    void languageFoldersNeedASlashInTheGlob() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 2); // 0002 sits in ar/ and fr/
        assertEquals(0, run("pair", folder.toString()), err.toString());
        assertFalse(out.toString().contains("0002"), "the default glob stays in the folder itself");
        assertTrue(err.toString().contains("align-cli: warning: " + folder + ": 2 file(s) matching *.txt in "
                + "subfolders are left out; to read them give a glob with a slash: */*.txt"), err.toString());
        Path only = dir.resolve("folders-only");
        MixedNames.copy(folder.resolve("ar/0002.txt"), only.resolve("ar/0002.txt"));
        assertEquals(1, run("pair", only.toString()));
        assertTrue(err.toString().contains("no text file (no name matching *.txt; for files in subfolders give a "
                + "glob with a slash: */*.txt)"), err.toString());
        assertEquals(0, run("pair", folder.toString(), "--glob", "*/*.txt"), err.toString());
        assertEquals(List.of("fr/0002.txt", "name+anchors"), List.of(rows().get("ar/0002.txt").get(0),
                rows().get("ar/0002.txt").get(2)), out.toString());
    }

    @Test
    void pairingShowsItsProgress() throws IOException {
        Path folder = dir.resolve("mixed");
        MixedNames.write(folder, 4);
        assertEquals(0, run("pair", folder.toString(), "--glob", ALL), err.toString());
        assertTrue(err.toString().matches("(?s).*pairing: reading anchors: \\[14/14] documents \\(\\d+\\.\\d "
                + "documents/s, ETA 0s\\).*"), err.toString());
        assertTrue(err.toString().contains("pairing: comparing anchors: [14/14] documents"), err.toString());
    }

    /**
     * The seed pair's anchor score is 0.33 (README); named as name-mates, the name counts 0.6 and the anchors the
     * rest: 1 - 0.4 × (1 - 0.330) = 0.732.
     */
    @Test
    void theSeedPairScoresByAnchorsAndMoreAsNameMates() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.copy(Seeds.file(Seeds.ARABIC), plain.resolve(Seeds.ARABIC));
        Files.copy(Seeds.file(Seeds.FRENCH), plain.resolve(Seeds.FRENCH));
        assertEquals(0, run("pair", plain.toString()), err.toString());
        assertEquals(List.of(Seeds.FRENCH, "0.330", "anchors"), rows().get(Seeds.ARABIC), out.toString());

        Path named = Files.createDirectories(dir.resolve("named"));
        Files.copy(Seeds.file(Seeds.ARABIC), named.resolve("000.ar.txt"));
        Files.copy(Seeds.file(Seeds.FRENCH), named.resolve("000.fr.txt"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("pair", named.toString()), err.toString());
        assertEquals(List.of("000.fr.txt", "0.732", "name+anchors"), rows().get("000.ar.txt"), out.toString());
    }
}
