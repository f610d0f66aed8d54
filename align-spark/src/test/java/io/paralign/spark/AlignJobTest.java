package io.paralign.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.batch.BatchAligner;
import io.paralign.batch.LanguagePair;
import io.paralign.batch.LexiconScope;
import io.paralign.batch.SyntheticSet;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;
import io.paralign.score.Lexicon;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The job in local[2] over a few hundred generated pairs, two of which cannot be aligned, against align-core's
 * {@link BatchAligner} run with set-level learning on the same pairs, as the CLI's {@code batch} runs it.
 */
class AlignJobTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAIRS = 300;
    /** Digits and punctuation only: no letters (InvalidTextException). */
    private static final SyntheticSet.Pair NO_LETTERS = new SyntheticSet.Pair("bad-no-letters", "de", "fr",
            "1234 5678. 90!", "Cyfa lohe mituq.");
    /** An Arabic text labelled French (LanguageMismatchException). */
    private static final SyntheticSet.Pair MISLABELLED = new SyntheticSet.Pair("bad-mislabelled", "de", "fr",
            "Dabo kelu mari sotu. Wazi pemo.", "قالت الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.");

    @TempDir
    static Path dir;
    private static List<SyntheticSet.Pair> pairs;
    private static Path input;
    /** Each output, by the partitions it was made with. */
    private static final Map<Integer, Path> OUTPUTS = new TreeMap<>();

    @BeforeAll
    static void runTheJob() throws IOException {
        pairs = new ArrayList<>(new SyntheticSet(5).runningText("p", "de", "fr", PAIRS, 7));
        pairs.add(NO_LETTERS);
        pairs.add(MISLABELLED);
        input = dir.resolve("pairs.jsonl");
        StringBuilder lines = new StringBuilder();
        for (SyntheticSet.Pair pair : pairs) {
            lines.append(JSON.writeValueAsString(Map.of("id", pair.name(), "source_lang", pair.sourceLanguage(),
                    "target_lang", pair.targetLanguage(), "source", pair.source(), "target", pair.target()))).append('\n');
        }
        Files.writeString(input, lines);
        for (int partitions : new int[] {1, 4, 16}) {
            Path out = dir.resolve("out-" + partitions);
            assertEquals(0, run(input.toString(), "--out", out.toString(), "--jsonl", "--partitions",
                    "" + partitions).code, "exit code");
            OUTPUTS.put(partitions, out);
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = AlignJob.run(SparkSessions.local(), JobOptions.parse(args), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of every part file of a JSON Lines folder, in part order. */
    static List<String> jsonLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        return lines;
    }

    /** The rows of a Parquet folder as JSON, in the order read; the pairs' are sorted by id. */
    static List<String> parquet(Path folder) {
        SparkSession spark = SparkSessions.local();
        return spark.read().parquet(folder.toString()).orderBy("id").toJSON().collectAsList();
    }

    @Test
    void sameBeadsAndFlagsAsBatchWithSetLevelLearning() throws Exception {
        Map<String, ObjectNode> batch = batch(pairs);
        List<String> lines = jsonLines(OUTPUTS.get(4).resolve("pairs-jsonl"));
        assertEquals(pairs.size(), lines.size());
        int flags = 0;
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            String id = row.get("id").asString();
            ObjectNode expected = batch.get(id);
            if (id.startsWith("bad-")) {
                assertEquals(null, expected, id + " failed in batch too");
                continue;
            }
            assertEquals(expected.get("beads"), row.get("beads"), id);
            assertEquals(expected.get("flags"), row.get("flags"), id);
            assertEquals(expected.get("coverage"), row.get("coverage"), id);
            assertEquals(expected.get("warnings"), row.get("warnings"), id);
            assertEquals("de", row.get("source_language").asString());
            flags += expected.get("flags").size();
        }
        assertTrue(flags > 30, "flags to compare: " + flags);
    }

    @Test
    void setLevelLearningMattersOnThesePairs() throws Exception {
        Map<String, ObjectNode> set = batch(pairs);
        int differ = 0;
        for (SyntheticSet.Pair pair : pairs.subList(0, 60)) {
            AlignmentResult alone = align(pair, Lexicon.EMPTY);
            if (!JsonReport.tree(alone).get("beads").equals(set.get(pair.name()).get("beads"))) {
                differ++;
            }
        }
        assertTrue(differ > 0, "pairs aligned differently with the set's word pairs: " + differ);
    }

    @Test
    void sameOutputWithOneFourOrSixteenPartitions() throws IOException {
        List<String> one = jsonLines(OUTPUTS.get(1).resolve("pairs-jsonl"));
        assertEquals(pairs.size(), one.size());
        List<String> ids = one.stream().map(l -> JSON.readTree(l).get("id").asString()).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "sorted by id");
        List<String> parquet = parquet(OUTPUTS.get(1).resolve("pairs"));
        for (int partitions : new int[] {4, 16}) {
            assertEquals(one, jsonLines(OUTPUTS.get(partitions).resolve("pairs-jsonl")), partitions + " partitions");
            assertEquals(parquet, parquet(OUTPUTS.get(partitions).resolve("pairs")), partitions + " partitions");
            assertEquals(jsonLines(OUTPUTS.get(1).resolve("summary-jsonl")),
                    jsonLines(OUTPUTS.get(partitions).resolve("summary-jsonl")));
        }
    }

    @Test
    void aPairThatCannotBeAlignedIsARowWithItsError() throws IOException {
        Map<String, JsonNode> rows = new TreeMap<>();
        for (String line : jsonLines(OUTPUTS.get(16).resolve("pairs-jsonl"))) {
            JsonNode row = JSON.readTree(line);
            rows.put(row.get("id").asString(), row);
        }
        JsonNode noLetters = rows.get("bad-no-letters");
        assertEquals("INVALID_TEXT", noLetters.get("error_code").asString());
        assertTrue(noLetters.get("error_message").asString().contains("letter"),
                noLetters.get("error_message").asString());
        assertEquals(null, noLetters.get("beads"), "no alignment columns (nulls are left out of JSON Lines)");
        assertEquals("LANGUAGE_MISMATCH", rows.get("bad-mislabelled").get("error_code").asString());
        assertEquals(null, rows.get("p1").get("error_code"));
    }

    @Test
    void theSummaryCountsPairsFlagsFailuresAndCoverage() throws IOException {
        JsonNode summary = JSON.readTree(jsonLines(OUTPUTS.get(4).resolve("summary-jsonl")).get(0));
        assertEquals(PAIRS + 2, summary.get("pairs").asInt());
        assertEquals(PAIRS, summary.get("aligned").asInt());
        assertEquals(2, summary.get("failed").asInt());
        assertEquals(JSON.readTree("[{\"code\":\"INVALID_TEXT\",\"pairs\":1},{\"code\":\"LANGUAGE_MISMATCH\","
                + "\"pairs\":1}]"), summary.get("failures"));
        Map<String, Integer> flags = new TreeMap<>();
        for (String line : jsonLines(OUTPUTS.get(4).resolve("pairs-jsonl"))) {
            JsonNode row = JSON.readTree(line);
            if (row.has("flags")) {
                row.get("flags").forEach(f -> flags.merge(f.get("type").asString(), 1, Integer::sum));
                row.get("flag_counts").properties().forEach(e -> assertEquals(e.getValue().asInt(),
                        (int) row.get("flags").valueStream().filter(f -> f.get("type").asString().equals(e.getKey()))
                                .count(), e.getKey()));
            }
        }
        assertTrue(flags.getOrDefault("MISSING_IN_TARGET", 0) > 0, flags.toString());
        assertEquals(8, summary.get("flags").size(), "every type, counted or not");
        summary.get("flags").forEach(f -> assertEquals(flags.getOrDefault(f.get("type").asString(), 0),
                f.get("count").asInt(), f.get("type").asString()));
        JsonNode source = summary.get("coverage").get(0);
        assertEquals("source", source.get("side").asString());
        assertEquals("characterShare", source.get("measure").asString());
        assertTrue(source.get("min").asDouble() <= source.get("median").asDouble()
                && source.get("median").asDouble() <= source.get("max").asDouble(), source.toString());
        assertTrue(source.get("min").asDouble() < 1, "the source sentences whose translation was dropped: " + source);
        JsonNode target = summary.get("coverage").get(3);
        assertEquals("target", target.get("side").asString());
        assertEquals("sentenceShare", target.get("measure").asString());
        assertEquals(1.0, target.get("median").asDouble(), "the targets lose nothing: " + target);
    }

    /** The JSON reports of align-core's batch with set-level learning, by id; a failed pair has none. */
    static Map<String, ObjectNode> batch(List<SyntheticSet.Pair> pairs) throws InterruptedException {
        Map<String, ObjectNode> reports = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            new BatchAligner(PIPELINE).run(pairs, new BatchAligner.PairAligner<>() {
                @Override
                public LanguagePair languages(SyntheticSet.Pair pair) {
                    return new LanguagePair(pair.sourceLanguage(), pair.targetLanguage());
                }

                @Override
                public AlignmentResult align(SyntheticSet.Pair pair, Lexicon lexicon) {
                    return AlignJobTest.align(pair, lexicon);
                }
            }, LexiconScope.SET, pool, new BatchAligner.Outcomes<>() {
                @Override
                public void aligned(SyntheticSet.Pair pair, AlignmentResult result) {
                    reports.put(pair.name(), JsonReport.tree(result));
                }

                @Override
                public void failed(SyntheticSet.Pair pair, RuntimeException failure) {
                }
            });
        } finally {
            pool.shutdownNow();
        }
        return reports;
    }

    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    /** As the CLI's batch aligns a pair. */
    static AlignmentResult align(SyntheticSet.Pair pair, Lexicon lexicon) {
        return PIPELINE.align(PIPELINE.segment(Side.SOURCE, pair.source(), pair.sourceLanguage(), false),
                PIPELINE.segment(Side.TARGET, pair.target(), pair.targetLanguage(), false), lexicon);
    }
}
