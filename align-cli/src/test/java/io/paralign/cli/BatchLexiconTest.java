package io.paralign.cli;

import static io.paralign.cli.BatchCommand.PairAligner.PIPELINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.batch.DocumentPair;
import io.paralign.bench.GeneratePairs;
import io.paralign.cli.batch.ReportFolders;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.pipeline.PreparedPair;
import io.paralign.score.Lexicon;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** {@code batch} learning word pairs over the whole set, or per document with {@code --no-batch-lexicon}. */
class BatchLexiconTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAIRS = 6;

    @TempDir
    Path dir;

    private Path manifest;
    private final StringWriter err = new StringWriter();
    private final AtomicInteger firstPass = new AtomicInteger();
    private final AtomicInteger secondPass = new AtomicInteger();
    private final AtomicInteger prepared = new AtomicInteger();

    @BeforeEach
    void generate() throws IOException {
        GeneratePairs.main(dir.resolve("in").toString(), String.valueOf(PAIRS), "7");
        manifest = dir.resolve("in/pairs.csv");
    }

    /** Runs batch, counting the pairs of each pass: the first teaches the set, the second aligns. */
    private int batch(String out, String... options) {
        BatchCommand.PairAligner counting = new BatchCommand.PairAligner() {
            @Override
            public AlignmentResult align(AlignmentPipeline pipeline, DocumentPair pair, PreparedPair prepared,
                                         Lexicon lexicon) {
                secondPass.incrementAndGet();
                return PIPELINE.align(pipeline, pair, prepared, lexicon);
            }

            @Override
            public List<Lexicon.TokenPair> teach(AlignmentPipeline pipeline, DocumentPair pair,
                                                 PreparedPair prepared) {
                firstPass.incrementAndGet();
                return PIPELINE.teach(pipeline, pair, prepared);
            }

            @Override
            public PreparedPair prepare(AlignmentPipeline pipeline, DocumentPair pair, boolean preSegmented) {
                prepared.incrementAndGet();
                return PIPELINE.prepare(pipeline, pair, preSegmented);
            }
        };
        CommandLine.IFactory factory = InProcessCli.batchAligningWith(counting);
        List<String> args = new ArrayList<>(List.of("batch", "--manifest", manifest.toString(), "--out",
                dir.resolve(out).toString(), "--threads", "2"));
        args.addAll(List.of(options));
        return Main.execute(factory, new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    }

    private String report(String out, int pair) throws IOException {
        return Files.readString(dir.resolve(out).resolve(String.format("%04d_ar--%04d_fr", pair, pair))
                .resolve("report.json"));
    }

    private String lexicon(String out) throws IOException {
        return JSON.readTree(Files.readString(dir.resolve(out).resolve("summary.json"))).get("lexicon").asString();
    }

    @Test
    void learnsOverTheSetByDefaultAndPerDocumentOnRequest() throws IOException {
        assertEquals(0, batch("set"), err::toString);
        assertEquals("set", lexicon("set"));
        assertEquals(PAIRS, firstPass.get(), "a first pass over every pair");
        assertEquals(PAIRS, secondPass.get(), "then every pair aligned with the set's word pairs");
        assertEquals(PAIRS, prepared.get(), "each read and analysed once, held from the first pass to the second");
        assertTrue(err.toString().contains("learning word pairs: [" + PAIRS + "/" + PAIRS + "] pairs ("),
                "the first pass shows its progress: " + err);
        int learned = err.toString().indexOf("learning word pairs: [" + PAIRS + "/");
        assertTrue(learned >= 0 && err.toString().indexOf("] 0001_ar--0001_fr: done") > learned,
                "the alignment's progress starts after the first pass: " + err);

        firstPass.set(0);
        secondPass.set(0);
        prepared.set(0);
        assertEquals(0, batch("document", "--no-batch-lexicon"), err::toString);
        assertEquals("document", lexicon("document"));
        assertEquals(0, firstPass.get(), "nothing learned over the set");
        assertEquals(PAIRS, secondPass.get(), "each pair aligned once, alone");
        assertEquals(PAIRS, prepared.get(), "each read and analysed once, for its one pass");

        List<Integer> differing = new ArrayList<>();
        for (int pair = 1; pair <= PAIRS; pair++) {
            if (!report("set", pair).equals(report("document", pair))) {
                differing.add(pair);
            }
        }
        assertFalse(differing.isEmpty(), "the set's word pairs change some report");
    }

    @Test
    void theCountsCapIsAnOptionAndASampledFirstPassSaysSo() throws IOException {
        assertEquals(0, batch("full"), err::toString);
        assertFalse(err.toString().contains("learned from about"), err::toString);
        assertEquals(0, batch("capped", "--max-entries", "40"), err::toString);
        assertTrue(err.toString().contains("word pairs for ar-fr learned from about 1 stem in "), err::toString);
        assertTrue(err.toString().contains(" (over 40 stems and stem pairs; see --max-entries)"), err::toString);
        assertEquals(2, batch("zero", "--max-entries", "0"));
        assertTrue(err.toString().contains("--max-entries must be positive, not 0"), err::toString);
        assertFalse(Files.exists(dir.resolve("zero")), "nothing written");
    }

    @Test
    void aResumedBatchLearnsOverEveryPairAndWritesWhatAnUninterruptedOneWrites() throws IOException {
        assertEquals(0, batch("whole"), err::toString);
        assertEquals(0, batch("resumed"), err::toString);
        Files.delete(dir.resolve("resumed/0002_ar--0002_fr/report.json"));
        Files.delete(dir.resolve("resumed/0005_ar--0005_fr/report.json"));
        firstPass.set(0);
        secondPass.set(0);
        assertEquals(0, batch("resumed", "--resume"), err::toString);
        assertEquals(PAIRS, firstPass.get(), "the first pass still reads every pair");
        assertEquals(2, secondPass.get(), "only the pairs left to do are aligned again");
        for (int pair = 1; pair <= PAIRS; pair++) {
            assertEquals(report("whole", pair), report("resumed", pair), "pair " + pair);
        }
    }

    @Test
    void aResumedBatchWithNothingLeftToDoAlignsNothing() throws IOException {
        assertEquals(0, batch("done"), err::toString);
        firstPass.set(0);
        secondPass.set(0);
        assertEquals(0, batch("done", "--resume"), err::toString);
        assertEquals(0, firstPass.get() + secondPass.get());
        try (Stream<Path> files = Files.list(dir.resolve("done"))) {
            assertEquals(PAIRS + 3, files.count(), "a folder per pair and three summaries");
        }
        assertNotEquals("", lexicon("done"));
    }

    @Test
    void theFirstPassWritesNothing() throws IOException {
        BatchCommand.PairAligner checking = new BatchCommand.PairAligner() {
            @Override
            public AlignmentResult align(AlignmentPipeline pipeline, DocumentPair pair, PreparedPair prepared,
                                         Lexicon lexicon) {
                return PIPELINE.align(pipeline, pair, prepared, lexicon);
            }

            @Override
            public List<Lexicon.TokenPair> teach(AlignmentPipeline pipeline, DocumentPair pair,
                                                 PreparedPair prepared) {
                firstPass.incrementAndGet();
                assertFalse(Files.exists(dir.resolve("out")) && Files.exists(dir.resolve("out").resolve(
                        ReportFolders.folderName(pair))), "nothing written during the first pass");
                return PIPELINE.teach(pipeline, pair, prepared);
            }
        };
        CommandLine.IFactory factory = InProcessCli.batchAligningWith(checking);
        assertEquals(0, Main.execute(factory, new PrintWriter(new StringWriter()), new PrintWriter(err), "batch",
                "--manifest", manifest.toString(), "--out", dir.resolve("out").toString()), err::toString);
        assertTrue(Files.exists(dir.resolve("out/0001_ar--0001_fr/report.json")));
        assertEquals(PAIRS, firstPass.get(), "every pair taught the set");
    }
}
