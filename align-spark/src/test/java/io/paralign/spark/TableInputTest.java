package io.paralign.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.batch.SyntheticSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts read by path, the other input formats, and input the job refuses as a whole. */
class TableInputTest {
    private static final SyntheticSet.Pair ONE = new SyntheticSet(11).runningText("p", "de", "fr", 1, 3).get(0);

    @TempDir
    Path dir;

    /** The rows of an output, by id. */
    private static Map<String, Row> rows(Path out) {
        Map<String, Row> rows = new TreeMap<>();
        for (Row row : SparkSessions.local().read().parquet(out.resolve("pairs").toString()).collectAsList()) {
            rows.put(row.getString(row.fieldIndex("id")), row);
        }
        return rows;
    }

    private static String error(Row row) {
        return row.getString(row.fieldIndex("error_code"));
    }

    @Test
    void textsByPathAndWhatGoesWrongReadingThem() throws IOException {
        Files.writeString(dir.resolve("a.de"), ONE.source());
        Files.writeString(dir.resolve("a.fr"), ONE.target());
        Files.writeString(dir.resolve("big.fr"), ONE.target().repeat(40));
        Files.write(dir.resolve("latin1.fr"), "Cyfa lohé mituq.".getBytes(StandardCharsets.ISO_8859_1));
        String csv = "id,source_path,target_path,source_lang,target_lang\n"
                + "ok," + dir.resolve("a.de") + "," + dir.resolve("a.fr") + ",de,fr\n"
                + "missing," + dir.resolve("a.de") + "," + dir.resolve("nowhere.fr") + ",de,fr\n"
                + "big," + dir.resolve("a.de") + "," + dir.resolve("big.fr") + ",de,fr\n"
                + "latin1," + dir.resolve("a.de") + "," + dir.resolve("latin1.fr") + ",de,fr\n"
                + "nolang," + dir.resolve("a.de") + "," + dir.resolve("a.fr") + ",de,\n"
                + "nopath," + dir.resolve("a.de") + ",,de,fr\n";
        Files.writeString(dir.resolve("pairs.csv"), csv);
        Path out = dir.resolve("out");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("pairs.csv").toString(), "--out", out.toString(),
                "--max-bytes", "" + 20 * ONE.target().length());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("6 pairs, 5 failed; tables in " + out + " \\(\\d+\\.\\d s from reading the "
                + "table to the summary\\)\n"), run.out());
        Map<String, Row> rows = rows(out);
        assertEquals(null, error(rows.get("ok")));
        assertTrue(rows.get("ok").getList(rows.get("ok").fieldIndex("beads")).size() >= 4);
        assertEquals("UNREADABLE_FILE", error(rows.get("missing")));
        assertTrue(rows.get("missing").getString(rows.get("missing").fieldIndex("error_message"))
                .contains("nowhere.fr"));
        assertEquals("TOO_LARGE", error(rows.get("big")));
        assertEquals("INVALID_ENCODING", error(rows.get("latin1")));
        assertEquals("MISSING_FIELD", error(rows.get("nolang")));
        assertEquals("MISSING_FIELD", error(rows.get("nopath")));
    }

    @Test
    void parquetInputAndAutoLanguages() throws IOException {
        SyntheticSet.Pair pair = new SyntheticSet.Pair("seed", "auto", "fr",
                Files.readString(Path.of("../seeds/000_8309a08ed0edb24a.txt")),
                Files.readString(Path.of("../seeds/001_d60f469c9e1ad6ee.txt")));
        Path table = dir.resolve("table.parquet");
        StructType schema = new StructType().add("id", "string").add("source_lang", "string")
                .add("target_lang", "string").add("source", "string").add("target", "string");
        SparkSessions.local().createDataFrame(List.of(pair, ONE).stream().map(p -> RowFactory.create(p.name(),
                p.sourceLanguage(), p.targetLanguage(), p.source(), p.target())).toList(), schema)
                .write().parquet(table.toString());
        Path out = dir.resolve("out");
        AlignJobTest.Run run = AlignJobTest.run(table.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Row seed = rows(out).get("seed");
        assertEquals("auto", seed.getString(seed.fieldIndex("source_lang")));
        assertEquals("ar", seed.getString(seed.fieldIndex("source_language")));
        assertEquals(null, error(seed));
    }

    @Test
    void aMissingColumnIsOneLineAndExitCode2() throws IOException {
        Files.writeString(dir.resolve("t.jsonl"), "{\"id\":\"a\",\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\"}\n");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("align-spark: " + dir.resolve("t.jsonl") + ": missing column target_lang "),
                run.err());
        assertFalse(Files.exists(dir.resolve("o").resolve("pairs")));
    }

    @Test
    void anUnknownColumnIsRefused() throws IOException {
        Files.writeString(dir.resolve("t.jsonl"), "{\"id\":\"a\",\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\","
                + "\"target_lang\":\"fr\",\"sourceLang\":\"de\"}\n");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(": unknown column sourceLang; the columns are "), run.err());
    }

    @Test
    void anUnreadableInputIsOneLineAndExitCode2() {
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("absent.jsonl").toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("align-spark: " + dir.resolve("absent.jsonl") + " cannot be read as json: "),
                run.err());
    }

    @Test
    void repeatedIdsAreRefused() throws IOException {
        String line = "{\"id\":\"a\",\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\",\"target_lang\":\"fr\"}\n";
        Files.writeString(dir.resolve("t.jsonl"), line + line);
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().endsWith(": ids must be unique; repeated: a (2 rows)\n"), run.err());
    }

    @Test
    void rowsWithNoIdAreNamedBeforeRepeatedIdsAndAtMostThreeRepeatsAreListed() throws IOException {
        StringBuilder table = new StringBuilder();
        for (String id : List.of("d", "c", "b", "a", "d", "c", "b", "a", "e")) {
            table.append("{\"id\":\"").append(id).append("\",\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\",")
                    .append("\"target_lang\":\"fr\"}\n");
        }
        Files.writeString(dir.resolve("t.jsonl"), table);
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().endsWith(": ids must be unique; repeated: a (2 rows), b (2 rows), c (2 rows)\n"),
                run.err());
        String noId = "{\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\",\"target_lang\":\"fr\"}\n";
        Files.writeString(dir.resolve("u.jsonl"), table + noId + noId);
        run = AlignJobTest.run(dir.resolve("u.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().endsWith(": 2 rows have no id\n"), run.err());
    }

    @Test
    void aRowWithNoIdIsRefused() throws IOException {
        Files.writeString(dir.resolve("t.jsonl"), "{\"id\":\"a\",\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\","
                + "\"target_lang\":\"fr\"}\n{\"source\":\"x\",\"target\":\"y\",\"source_lang\":\"de\",\"target_lang\":\"fr\"}\n");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().endsWith(": 1 row has no id\n"), run.err());
    }

    @Test
    void textsInlineAndByPathAtOnceAreRefused() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "id,source,target,source_path,target_path,source_lang,target_lang\n"
                + "a,x,y,x.txt,y.txt,de,fr\n");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.csv").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(": both source, target and source_path, target_path columns;"), run.err());
    }

    /** Nothing can be written under /proc, not even by root: the job fails as a whole, on one line. */
    @Test
    void anOutputThatCannotBeWrittenFailsTheJobWithExitCode1() throws IOException {
        String source = ONE.source().replace("\n", "\\n");
        String target = ONE.target().replace("\n", "\\n");
        Files.writeString(dir.resolve("t.jsonl"), "{\"id\":\"a\",\"source\":\"" + source + "\",\"target\":\"" + target
                + "\",\"source_lang\":\"de\",\"target_lang\":\"fr\"}\n");
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", "/proc/paralign-out");
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("align-spark: failed: "), run.err());
    }

    @Test
    void anExistingOutputIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("o").resolve("pairs"));
        AlignJobTest.Run run = AlignJobTest.run(dir.resolve("t.jsonl").toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("pairs exists already: remove it or choose another --out"), run.err());
    }

    @Test
    void badOptionsPrintTheUsage() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = AlignJob.run(new String[] {"in.jsonl", "--out", "o", "--partitions", "zero"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "align-spark: --partitions must be a whole number from 1 to 2147483647, not zero\nusage: align-spark"));
    }

    @Test
    void theFormatFollowsTheExtension() {
        assertEquals("json", JobOptions.formatOf("s3a://bucket/pairs.jsonl"));
        assertEquals("csv", JobOptions.formatOf("pairs.CSV"));
        assertEquals("parquet", JobOptions.formatOf("hdfs:///data/pairs/"));
    }
}
