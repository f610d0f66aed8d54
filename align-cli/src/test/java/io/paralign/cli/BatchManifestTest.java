package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * End-to-end through the real {@link Main}: a batch reads only what its manifest or folder confines it to, names
 * every bad row before any work, keeps report folders distinct, neutralises formula cells and resumes over broken
 * outputs.
 */
class BatchManifestTest extends InProcessCli {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** A manifest folder holding the Arabic and French seeds, and the manifest written in it. */
    private Path manifest(String rows) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("set"));
        Files.copy(Seeds.file(Seeds.ARABIC), folder.resolve("ar.txt"));
        Files.copy(Seeds.file(Seeds.FRENCH), folder.resolve("fr.txt"));
        return Files.writeString(folder.resolve("pairs.csv"), "source,target,source_lang,target_lang\n" + rows);
    }

    private int batch(Path manifest, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", "--manifest", manifest.toString(), "--out",
                dir.resolve("out").toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private void assertRefusedBeforeAnyOutput(int code) {
        assertEquals(1, code, err.toString());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        assertFalse(err.toString().contains("Exception"), "no stack trace: " + err);
    }

    @Test
    void absolutePathOutsideTheManifestFolderIsRefused() throws IOException {
        assertRefusedBeforeAnyOutput(batch(manifest("/etc/passwd,fr.txt,ar,fr\n")));
        assertTrue(err.toString().contains("line 2: source '/etc/passwd': is outside " + dir.resolve("set")),
                err.toString());
        assertTrue(err.toString().contains("--root DIR widens"), err.toString());
    }

    @Test
    void dotDotAndAbsolutePathsNeedARootThatCoversThem() throws IOException {
        Files.copy(Seeds.file(Seeds.ARABIC), dir.resolve("x.txt"));
        Path outside = Files.copy(Seeds.file("002_54456295ff58628f.txt"), dir.resolve("y.txt"));
        Path manifest = manifest("../x.txt,fr.txt,ar,fr\n" + outside + ",fr.txt,ar,fr\n");
        assertRefusedBeforeAnyOutput(batch(manifest));
        List<String> lines = err.toString().lines().toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).endsWith("pairs.csv: 2 bad rows, nothing aligned or written"), lines.get(0));
        assertTrue(lines.get(1).contains("line 2: source '../x.txt': is outside"), lines.get(1));
        assertTrue(lines.get(2).contains("line 3: source '" + outside + "': is outside"), lines.get(2));

        assertEquals(0, batch(manifest, "--root", dir.toString()), err.toString());
        JsonNode pairs = JSON.readTree(Files.readString(dir.resolve("out/summary.json"))).get("pairs");
        assertEquals(2, pairs.size());
        assertEquals("up_x--fr", pairs.get(0).get("folder").asString());
    }

    @Test
    void aSymlinkLeadingOutOfTheManifestFolderIsRefused() throws IOException {
        Path manifest = manifest("link.txt,fr.txt,ar,fr\n");
        Path secret = Files.copy(Seeds.file(Seeds.ARABIC), dir.resolve("secret.txt"));
        Files.createSymbolicLink(manifest.resolveSibling("link.txt"), secret);
        assertRefusedBeforeAnyOutput(batch(manifest));
        assertTrue(err.toString().contains("line 2: source 'link.txt': leads to " + secret.toRealPath()
                + " (a symbolic link), outside"), err.toString());

        assertEquals(0, batch(manifest, "--root", dir.toString()), err.toString());
    }

    @Test
    void aSymlinkInsideTheFolderIsFollowed() throws IOException {
        Path manifest = manifest("link.txt,fr.txt,ar,fr\n");
        Files.createSymbolicLink(manifest.resolveSibling("link.txt"), manifest.resolveSibling("ar.txt"));
        assertEquals(0, batch(manifest), err.toString());
    }

    @Test
    void folderModeRefusesFilesLinkedFromOutside() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path secret = Files.copy(Seeds.file("002_54456295ff58628f.txt"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(seeds.resolve("zz.txt"), secret);
        Path report = dir.resolve("out");
        assertRefusedBeforeAnyOutput(run("batch", seeds.toString(), "--out", report.toString()));
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("align-cli: error: " + seeds + ": 1 bad file, nothing aligned or written",
                "align-cli: error: " + seeds + ": zz.txt: leads to " + secret.toRealPath() + " (a symbolic link), "
                        + "outside " + seeds.toRealPath() + " (the folder given); --root DIR widens what may be read"),
                lines);

        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--root", dir.toString()),
                err.toString());
        assertTrue(Files.readString(report.resolve("summary.json")).contains("\"zz.txt\""));
    }

    @Test
    void emptyFieldIsNamedByLineAndField() throws IOException {
        assertRefusedBeforeAnyOutput(batch(manifest("ar.txt,fr.txt,ar,fr\n,fr.txt,ar,fr\n")));
        assertTrue(err.toString().contains("pairs.csv: line 3: empty source field"), err.toString());
        assertEquals(2, err.toString().lines().count(), err.toString());
    }

    @Test
    void everyBadRowIsNamedBeforeAnyOutput() throws IOException {
        Files.createDirectories(dir.resolve("set"));
        Files.copy(Seeds.file(Seeds.FRENCH), dir.resolve("set/fr2.txt"));
        Path manifest = manifest("ar.txt,fr.txt,ar,fr\n"
                + "ar.txt,fr.txt,xx,fr\n"
                + "ar.txt,missing.txt,ar,fr\n"
                + "ar.txt,fr2.txt,ar,en\n"
                + "fr.txt,fr2.txt,fr,fr-CA\n"
                + "ar.txt,fr.txt,ar,fr\n");
        assertRefusedBeforeAnyOutput(batch(manifest));
        List<String> lines = err.toString().lines().toList();
        assertEquals(6, lines.size(), err.toString());
        assertTrue(lines.get(0).endsWith("5 bad rows, nothing aligned or written"), lines.get(0));
        assertTrue(lines.get(1).contains("line 3: source_lang 'xx' is not a supported language tag"), lines.get(1));
        assertTrue(lines.get(2).contains("line 4: target 'missing.txt': no such file"), lines.get(2));
        assertTrue(lines.get(3).contains("line 5: target 'fr2.txt': target declared as 'en' reads as 'fr' "
                + "(312 function words of 'fr' against 0 of 'en'"), lines.get(3)); // the French article as en
        assertTrue(lines.get(4).contains("line 6: both sides are in the same language 'fr'"), lines.get(4));
        assertTrue(lines.get(5).contains("line 7: the same pair as line 2"), lines.get(5));
    }

    @Test
    void badRowsAcrossManyRowsAreNamedInLineOrder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("set"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 150; i++) { // rows are read and checked a window at a time, on every core
            Files.copy(Seeds.file(Seeds.ARABIC), folder.resolve("ar" + i + ".txt"));
            Files.copy(Seeds.file(Seeds.FRENCH), folder.resolve("fr" + i + ".txt"));
            String row = switch (i) {
                case 3 -> "ar3.txt,gone.txt,ar,fr";
                case 68 -> "fr68.txt,ar68.txt,ar,fr"; // labels swapped
                case 139 -> "ar0.txt,fr0.txt,ar,fr";
                case 148 -> "gone.txt,fr148.txt,ar,fr";
                default -> "ar" + i + ".txt,fr" + i + ".txt,ar,fr";
            };
            rows.append(row).append('\n');
        }
        Path manifest = Files.writeString(folder.resolve("pairs.csv"),
                "source,target,source_lang,target_lang\n" + rows);
        assertRefusedBeforeAnyOutput(batch(manifest));
        List<String> lines = err.toString().lines().toList();
        assertEquals(5, lines.size(), err.toString());
        assertTrue(lines.get(0).endsWith("4 bad rows, nothing aligned or written"), lines.get(0));
        assertTrue(lines.get(1).contains("line 5: target 'gone.txt': no such file"), lines.get(1));
        assertTrue(lines.get(2).contains("line 70: source 'fr68.txt': source declared as 'ar'"), lines.get(2));
        assertTrue(lines.get(3).contains("line 141: the same pair as line 2"), lines.get(3));
        assertTrue(lines.get(4).contains("line 150: source 'gone.txt': no such file"), lines.get(4));
    }

    @Test
    void aFolderNamesItsFirstUnreadableFileInNameOrder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 100; i++) {
            String name = String.format("d%03d.txt", i);
            if (i == 30 || i == 80) {
                Files.writeString(folder.resolve(name), "12345 67890"); // no letters: no language to tell
            } else {
                Files.copy(Seeds.file(i % 2 == 0 ? Seeds.ARABIC : Seeds.FRENCH), folder.resolve(name));
            }
        }
        int code = run("batch", folder.toString(), "--out", dir.resolve("out").toString());
        assertRefusedBeforeAnyOutput(code);
        assertTrue(err.toString().contains("d030.txt"), err.toString());
        assertFalse(err.toString().contains("d080.txt"), err.toString());
    }

    @Test
    void formulaCellsAreNeutralisedInSummaryCsv() throws IOException {
        Path manifest = manifest("=HYPERLINK(1).txt,-fr.txt,ar,fr\n");
        Files.move(manifest.resolveSibling("ar.txt"), manifest.resolveSibling("=HYPERLINK(1).txt"));
        Files.move(manifest.resolveSibling("fr.txt"), manifest.resolveSibling("-fr.txt"));
        assertEquals(0, batch(manifest), err.toString());
        List<List<String>> rows = csv(Files.readString(dir.resolve("out/summary.csv")));
        assertEquals("'=HYPERLINK(1).txt", rows.get(1).get(1));
        assertEquals("'-fr.txt", rows.get(1).get(2));
        assertEquals(rows.get(0).size(), rows.get(1).size());
        JsonNode pair = JSON.readTree(Files.readString(dir.resolve("out/summary.json"))).get("pairs").get(0);
        assertEquals("=HYPERLINK(1).txt", pair.get("source").asString(), "JSON keeps names as they are");
    }

    private static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        mapper.readerFor(String[].class).<String[]>readValues(text).forEachRemaining(r -> rows.add(List.of(r)));
        return rows;
    }

    @Test
    void formulaCellsAreNeutralisedInTsv() throws IOException {
        Path source = Files.copy(Seeds.file(Seeds.ARABIC), dir.resolve("ar.txt"));
        Path target = dir.resolve("fr.txt");
        Files.writeString(target, "=HYPERLINK(\"http://example.com\", \"x\") est une formule.\n\n"
                + "- Oui, dit-il.\n\n" + Files.readString(Seeds.file(Seeds.FRENCH)));
        assertEquals(0, run("align", source.toString(), target.toString(), "--format", "tsv"), err.toString());
        String tsv = out.toString();
        assertTrue(tsv.contains("\t'=HYPERLINK("), tsv);
        for (String line : tsv.lines().skip(1).toList()) {
            for (String cell : line.split("\t", -1)) {
                assertFalse(cell.matches("[=+\\-@].*") && !cell.matches("\\d-\\d"), "raw formula cell: " + cell);
            }
        }
    }

    @Test
    void sameFileNamesInTwoFoldersGetTwoReportFolders() throws IOException {
        Path set = Files.createDirectories(dir.resolve("set"));
        for (String sub : List.of("s1", "s2")) {
            Files.createDirectories(set.resolve(sub));
            Files.copy(Seeds.file(Seeds.ARABIC), set.resolve(sub + "/000.ar.txt"));
            Files.copy(Seeds.file(Seeds.FRENCH), set.resolve(sub + "/000.fr.txt"));
        }
        Path manifest = Files.writeString(set.resolve("pairs.csv"),
                "source,target\ns1/000.ar.txt,s1/000.fr.txt\ns2/000.ar.txt,s2/000.fr.txt\n");
        assertEquals(0, batch(manifest), err.toString());
        JsonNode pairs = JSON.readTree(Files.readString(dir.resolve("out/summary.json"))).get("pairs");
        assertEquals("s1/000.ar.txt", pairs.get(0).get("source").asString());
        assertEquals("s1_000.ar--s1_000.fr", pairs.get(0).get("folder").asString());
        assertEquals("s1_000.ar--s1_000.fr/report.json", pairs.get(0).get("report").asString());
        assertEquals("s2_000.ar--s2_000.fr", pairs.get(1).get("folder").asString());
        for (JsonNode pair : pairs) {
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(pair.get("report").asString())));
        }
    }

    @Test
    void resumeRedoesAPairWhoseOutputsAreBroken() throws IOException {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.copy(Seeds.file("002_54456295ff58628f.txt"), set.resolve("ar2.txt"));
        Files.copy(Seeds.file("003_53b44f6959fe56d8.txt"), set.resolve("ar3.txt"));
        Path manifest = manifest("ar.txt,fr.txt,ar,fr\nar2.txt,fr.txt,ar,fr\nar3.txt,fr.txt,ar,fr\n");
        assertEquals(0, batch(manifest), err.toString());
        Path out = dir.resolve("out");
        String whole = Files.readString(out.resolve("ar--fr/report.json"));
        Files.writeString(out.resolve("ar--fr/report.json"), whole.substring(0, whole.length() / 2)); // truncated
        Files.writeString(out.resolve("ar2--fr/report.json"), ""); // empty
        Files.writeString(out.resolve("ar3--fr/report.html"), ""); // a companion file empty
        Path intact = out.resolve("ar3--fr/report.json");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(intact, old);

        assertEquals(0, batch(manifest, "--resume"), err.toString());
        assertTrue(err.toString().contains("ar--fr: done (redone: report.json does not parse)"), err.toString());
        assertTrue(err.toString().contains("ar2--fr: done (redone: report.json is empty)"), err.toString());
        assertTrue(err.toString().contains("ar3--fr: done (redone: report.html is empty)"), err.toString());
        assertEquals(whole, Files.readString(out.resolve("ar--fr/report.json")));
        assertFalse(old.equals(Files.getLastModifiedTime(intact)), "a pair with an empty page is redone whole");
        JsonNode pairs = JSON.readTree(Files.readString(out.resolve("summary.json"))).get("pairs");
        assertEquals(3, pairs.size());
        pairs.forEach(p -> assertEquals("paired", p.get("status").asString()));

        Files.writeString(out.resolve("ar--fr/report.json"), "{\"source\": {}}");
        assertEquals(0, batch(manifest, "--resume"), err.toString());
        assertTrue(err.toString().contains("ar--fr: done (redone: report.json lacks /source/language)"),
                err.toString());
        assertTrue(err.toString().contains("ar2--fr: skipped, report exists"), err.toString());
    }
}
