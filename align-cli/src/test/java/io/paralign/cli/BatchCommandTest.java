package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.paralign.batch.DocumentPair;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.pipeline.PreparedPair;
import io.paralign.report.TmxReader;
import io.paralign.score.Lexicon;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End-to-end: {@code batch} and {@code pair} through the real {@link Main} on a copy of the seeds. */
class BatchCommandTest extends InProcessCli {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PAIR = "000_8309a08ed0edb24a--001_d60f469c9e1ad6ee";

    @TempDir
    Path dir;

    /** The README's first command, in a child JVM: a folder given by a relative name of one element. */
    @Test
    void theReadmeCommandOnARelativeFolder() throws IOException, InterruptedException {
        Seeds.copyTo(dir.resolve("seeds"));
        Subprocess.Result result = Subprocess.run(dir, "", "", null, "batch", "seeds", "--out", "out");
        assertEquals(0, result.code(), result.err());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(PAIR).resolve("report.json")), result.err());
        assertTrue(result.out().contains("1 pair, 3 unpaired; summary: out/summary.html"), result.out());
    }

    @Test
    void seedsPairArabicWithFrenchAndListTheRestUnpaired() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--threads", "2"), err.toString());

        JsonNode summary = JSON.readTree(Files.readString(report.resolve("summary.json")));
        assertEquals(1, summary.get("pairs").size());
        JsonNode pair = summary.get("pairs").get(0);
        assertEquals(Seeds.ARABIC, pair.get("source").asString());
        assertEquals(Seeds.FRENCH, pair.get("target").asString());
        assertEquals("ar", pair.get("languages").get("source").asString());
        assertEquals("fr", pair.get("languages").get("target").asString());
        assertTrue(pair.get("coverage").get("source").get("characterShare").asDouble() > 0.8);
        assertTrue(pair.get("flags").get("BOILERPLATE").asInt() > 0);

        List<String> unpaired = new ArrayList<>();
        summary.get("unpaired").forEach(u -> unpaired.add(u.get("file").asString() + " " + u.get("language").asString()));
        assertEquals(List.of("002_54456295ff58628f.txt ar", "003_53b44f6959fe56d8.txt ar",
                "004_66860c56a43bd283.txt ar"), unpaired);
        assertTrue(types(summary.get("unpaired").get(0)).contains("DUPLICATE_BLOCK"), "002 repeats a block");
        assertTrue(types(summary.get("unpaired").get(1)).contains("BOILERPLATE"), "003 back-to-top line");

        Path folder = report.resolve(PAIR);
        assertTrue(Files.isRegularFile(folder.resolve("report.json")));
        assertTrue(Files.readString(folder.resolve("report.html")).contains("dir=\"rtl\""));
        assertFalse(TmxReader.read(Files.readString(folder.resolve("pairs.tmx"))).isEmpty());
        String csv = Files.readString(report.resolve("summary.csv"));
        assertEquals(5, csv.lines().count(), csv);
        assertTrue(csv.lines().skip(1).findFirst().orElseThrow().startsWith("paired," + Seeds.ARABIC + "," + Seeds.FRENCH));
        String html = Files.readString(report.resolve("summary.html"));
        assertTrue(html.contains("href=\"" + PAIR + "/report.html\""), html);
        assertTrue(html.contains("<div lang=\"ar\" dir=\"rtl\">"), "Arabic findings run right to left");
        try (Stream<Path> all = Files.walk(report)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".paralign-tmp")), "no temporary file left");
        }
        assertTrue(err.toString().contains("[1/1] " + PAIR + ": done"), err.toString());
        assertTrue(out.toString().startsWith("1 pair, 3 unpaired"), out.toString());
    }

    private static List<String> types(JsonNode document) {
        List<String> types = new ArrayList<>();
        document.get("flags").forEach(f -> {
            types.add(f.get("type").asString());
            assertEquals(List.of("type", "paragraph", "start", "end", "text", "evidence", "confidence"),
                    List.copyOf(f.propertyNames()), "an unpaired document's flag, as summary.json has always had it");
        });
        return types;
    }

    /** {@code --resume} takes a folder with a sound report.json as finished: it must be the last file to appear. */
    @Test
    void reportJsonAppearsAfterThePairsOtherReportsAndSummaryHtmlAfterTheOtherSummaries() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        Path folder = Files.createDirectories(report.resolve(PAIR)); // there before the run, to be watched
        List<String> reports = List.of("pairs.tmx", "report.html", "report.json"); // in the order of Format
        List<String> summaries = List.of("summary.json", "summary.csv", "summary.html");
        try (FolderWatch inFolder = FolderWatch.of(folder); FolderWatch inReport = FolderWatch.of(report)) {
            assertEquals(0, run("batch", seeds.toString(), "--out", report.toString()), err.toString());
            assertEquals(reports, withoutTemporary(inFolder.until(reports)));
            assertEquals(summaries, withoutTemporary(inReport.until(summaries)));
        }
    }

    private static List<String> withoutTemporary(List<String> names) {
        return names.stream().filter(n -> !n.endsWith(".paralign-tmp")).toList();
    }

    /**
     * The rows kept on disk while a batch runs are removed when it ends, and so are those of a run that was killed
     * (a process that no longer exists); another live process's are left alone.
     */
    @Test
    void theBatchsScratchRowsAreRemovedAndSoAreAKilledRunsOnly() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = Files.createDirectories(dir.resolve("report"));
        Path killed = Files.createFile(report.resolve(".summary-rows." + Long.MAX_VALUE + "-abc.paralign-tmp"));
        Path live = Files.createFile(report.resolve(".summary-rows." + ProcessHandle.current().parent()
                .orElseThrow().pid() + "-abc.paralign-tmp"));
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString()), err.toString());
        try (Stream<Path> files = Files.list(report)) {
            assertEquals(List.of(live.getFileName().toString()), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".")).toList(), "only the live process's scratch file is left");
        }
        assertFalse(Files.exists(killed));
    }

    @Test
    void resumeSkipsFinishedPairs() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString()), err.toString());
        Path json = report.resolve(PAIR).resolve("report.json");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(json, old);
        Files.delete(report.resolve("summary.json"));

        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--resume"), err.toString());
        assertTrue(err.toString().contains("skipped, report exists"), err.toString());
        assertEquals(old, Files.getLastModifiedTime(json), "report not rewritten");
        assertTrue(Files.readString(report.resolve("summary.json")).contains(Seeds.FRENCH));

        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString()), err.toString());
        assertFalse(old.equals(Files.getLastModifiedTime(json)), "without --resume the report is redone");
    }

    @Test
    void formatsChooseTheReportsBesidesJson() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--formats", "tsv,GOLD,ladder"),
                err.toString());
        Path pair = report.resolve(PAIR);
        try (Stream<Path> files = Files.list(pair)) {
            assertEquals(List.of("beads.gold", "beads.ladder", "pairs.tsv", "report.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        String gold = Files.readString(pair.resolve("beads.gold"));
        assertTrue(gold.startsWith("[]:[0]\n[0]:[1]\n"), gold);
        assertTrue(Files.readString(pair.resolve("beads.ladder")).lines().allMatch(l -> l.matches("\\d+\t\\d+\t[0-9.]+")));
        assertTrue(Files.readString(report.resolve("summary.html")).contains(PAIR + "/report.json\""),
                "without an HTML report the summary links the JSON one");
    }

    @Test
    void jsonAloneWritesOnlyTheJsonReportAndResumeAsksForWhatIsAskedNow() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--formats", "json"), err.toString());
        try (Stream<Path> files = Files.list(report.resolve(PAIR))) {
            assertEquals(List.of("report.json"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--formats", "json", "--resume"),
                err.toString());
        assertTrue(err.toString().contains("skipped, report exists"), err.toString());
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--resume"), err.toString());
        assertTrue(err.toString().contains("done (redone: pairs.tmx is missing)"), err.toString());
        assertTrue(Files.readString(report.resolve("summary.html")).contains(PAIR + "/report.html\""));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, run("batch", dir.toString(), "--out", dir.resolve("r").toString(), "--formats", "html,pdf"));
        assertTrue(err.toString().contains("--formats"), err.toString());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    /** Tests run without a display: --open says where the summary is instead, and the batch succeeds. */
    @Test
    void openWithoutADesktopSaysWhereTheSummaryIs() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--formats", "json", "--open"),
                err.toString());
        assertTrue(err.toString().contains("align-cli: warning: --open: no desktop browser here; open "
                + report.resolve("summary.html").toAbsolutePath()), err.toString());
        assertTrue(Files.isRegularFile(report.resolve("summary.html")));
    }

    @Test
    void manifestPairs() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("pairs.csv"), "source,target,source_lang,target_lang\n"
                + Seeds.ARABIC + "," + Seeds.FRENCH + ",ar,fr\n");
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", "--manifest", seeds.resolve("pairs.csv").toString(), "--out", report.toString()),
                err.toString());
        JsonNode summary = JSON.readTree(Files.readString(report.resolve("summary.json")));
        assertEquals(1, summary.get("pairs").size());
        assertEquals(0, summary.get("unpaired").size());
        assertTrue(Files.exists(report.resolve(PAIR).resolve("pairs.tmx")));
    }

    @Test
    void aFailingPairIsListedAndTheOthersFinish() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        String other = "002_54456295ff58628f.txt";
        Files.writeString(seeds.resolve("pairs.csv"), "source,target\n" + Seeds.ARABIC + "," + Seeds.FRENCH + "\n"
                + other + "," + Seeds.FRENCH + "\n");
        String failing = "002_54456295ff58628f--001_d60f469c9e1ad6ee";
        BatchCommand.PairAligner failOn002 = (pipeline, pair, prepared, lexicon) -> {
            if (pair.source().name().equals(other)) {
                throw new IllegalStateException("no path through the band\n  at cell 3:4");
            }
            return BatchCommand.PairAligner.PIPELINE.align(pipeline, pair, prepared, lexicon);
        };
        CommandLine.IFactory factory = batchAligningWith(failOn002);
        Path report = dir.resolve("report");
        String[] args = {"batch", "--manifest", seeds.resolve("pairs.csv").toString(), "--out", report.toString()};
        assertEquals(BatchCommand.SOME_FAILED, Main.execute(factory, new PrintWriter(out), new PrintWriter(err), args),
                err.toString());

        String reason = "IllegalStateException: no path through the band at cell 3:4"; // on one line
        JsonNode pairs = JSON.readTree(Files.readString(report.resolve("summary.json"))).get("pairs");
        assertEquals(2, pairs.size());
        assertEquals("paired", pairs.get(0).get("status").asString());
        assertEquals("failed", pairs.get(1).get("status").asString());
        assertEquals(other, pairs.get(1).get("source").asString());
        assertEquals(reason, pairs.get(1).get("reason").asString());
        assertEquals("ar", pairs.get(1).get("languages").get("source").asString());
        assertTrue(Files.isRegularFile(report.resolve(PAIR).resolve("report.json")));
        assertFalse(Files.exists(report.resolve(failing)), "nothing written for the failed pair");

        List<String> csv = Files.readString(report.resolve("summary.csv")).lines().toList();
        assertEquals(3, csv.size());
        assertTrue(csv.get(2).startsWith("failed," + other + "," + Seeds.FRENCH + ",ar,fr,"), csv.get(2));
        assertTrue(csv.get(2).endsWith("," + reason), csv.get(2));
        assertEquals(csv.get(0).split(",", -1).length, csv.get(2).split(",", -1).length, "one cell per column");
        assertTrue(Files.readString(report.resolve("summary.html")).contains("failed: " + reason));
        assertTrue(err.toString().contains(failing + ": failed: " + reason), err.toString());
        assertTrue(out.toString().startsWith("2 pairs (1 failed), 0 unpaired"), out.toString());

        // the failed pair has no report.json, so a resumed run tries it again
        assertEquals(0, run(args[0], args[1], args[2], args[3], args[4], "--resume"), err.toString());
        assertTrue(err.toString().contains(PAIR + ": skipped, report exists"), err.toString());
        assertTrue(err.toString().contains(failing + ": done"), err.toString());
        assertFalse(Files.readString(report.resolve("summary.json")).contains("\"failed\""));
    }

    /** Texts are read again when aligned, not kept: one changed after the input check fails its pair, named. */
    @Test
    void aFileChangedWhileTheBatchRunsFailsItsPair() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("pairs.csv"), "source,target\n" + Seeds.ARABIC + "," + Seeds.FRENCH + "\n");
        BatchCommand.PairAligner editFirst = new BatchCommand.PairAligner() {
            @Override
            public AlignmentResult align(AlignmentPipeline pipeline, DocumentPair pair, PreparedPair prepared,
                                         Lexicon lexicon) {
                return BatchCommand.PairAligner.PIPELINE.align(pipeline, pair, prepared, lexicon);
            }

            @Override
            public PreparedPair prepare(AlignmentPipeline pipeline, DocumentPair pair, boolean preSegmented) {
                try {
                    Files.writeString(pair.target().file(), "Un autre texte.\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return BatchCommand.PairAligner.PIPELINE.prepare(pipeline, pair, preSegmented);
            }
        };
        CommandLine.IFactory factory = batchAligningWith(editFirst);
        Path report = dir.resolve("report");
        String[] args = {"batch", "--manifest", seeds.resolve("pairs.csv").toString(), "--out", report.toString()};
        assertEquals(BatchCommand.SOME_FAILED, Main.execute(factory, new PrintWriter(out), new PrintWriter(err), args),
                err.toString());
        JsonNode pair = JSON.readTree(Files.readString(report.resolve("summary.json"))).get("pairs").get(0);
        assertEquals("failed", pair.get("status").asString());
        assertTrue(pair.get("reason").asString().endsWith(Seeds.FRENCH + ": changed since the batch read it"),
                pair.get("reason").asString());
    }

    @Test
    void aTextTheSegmenterRefusesFailsItsPairOnly() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("numbers.txt"), "2021 2022\n1 2 3\n"); // passes the file checks, no letter
        Files.writeString(seeds.resolve("pairs.csv"), "source,target,source_lang,target_lang\n"
                + Seeds.ARABIC + "," + Seeds.FRENCH + ",ar,fr\n002_54456295ff58628f.txt,numbers.txt,ar,fr\n");
        Path report = dir.resolve("report");
        assertEquals(BatchCommand.SOME_FAILED, run("batch", "--manifest", seeds.resolve("pairs.csv").toString(),
                "--out", report.toString()), err.toString());
        JsonNode pairs = JSON.readTree(Files.readString(report.resolve("summary.json"))).get("pairs");
        assertEquals("paired", pairs.get(0).get("status").asString());
        assertEquals("failed", pairs.get(1).get("status").asString());
        assertTrue(pairs.get(1).get("reason").asString().startsWith("InvalidTextException: text has no letter"),
                pairs.get(1).toString());
    }

    @Test
    void folderWithoutTextFilesIsBadInputAndWritesNothing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not a .txt file");
        Path report = dir.resolve("report");
        assertEquals(1, run("batch", empty.toString(), "--out", report.toString()));
        assertTrue(err.toString().contains("no text file"), err.toString());
        assertEquals(1, err.toString().lines().count());
        assertFalse(Files.exists(report));
    }

    @Test
    void badFileInFolderIsBadInputAndWritesNothing() throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Files.write(seeds.resolve("005_binary.txt"), new byte[] {1, 2, 0, 3, 0, 0, 7});
        Path report = dir.resolve("report");
        assertEquals(1, run("batch", seeds.toString(), "--out", report.toString()));
        assertTrue(err.toString().contains("005_binary.txt: binary file"), err.toString());
        assertFalse(Files.exists(report));
    }

    @Test
    void dirAndManifestTogetherOrNeitherIsUsageError() {
        assertEquals(2, run("batch", "--out", dir.resolve("r").toString()));
        assertEquals(2, run("batch", dir.toString(), "--manifest", "m.csv", "--out", dir.resolve("r").toString()));
        assertEquals(2, run("batch", dir.toString()));
    }

    @Test
    void pairPrintsTheTable() throws IOException {
        assertEquals(0, run("pair", Seeds.DIR.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(5, lines.size(), out.toString());
        assertTrue(lines.get(1).matches(Seeds.ARABIC + "\\s+" + Seeds.FRENCH + "\\s+ar-fr\\s+0\\.\\d+\\s+anchors"),
                lines.get(1));
        assertTrue(lines.get(2).matches("002_54456295ff58628f.txt\\s+-\\s+ar\\s+unpaired\\s+-"), lines.get(2));
    }
}
