package io.paralign.bench;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Article pairs aligned per second on two threads, warm: the 123 Arabic-French documents of NTREX-128
 * ({@code ../shared/eval/ntrex-ar-fr/docs}, {@code NNN.ar} and {@code NNN.fr}, one sentence a line, the first line
 * the title), each aligned as plain text with a paragraph a line (segmentation included), both passes and every
 * detector on, as {@code align} runs a pair. Each thread goes through the pairs in turn, from its own starting
 * point. Run from the repository root with {@code ../shared} beside it, or pass {@code -p docs=<folder>}; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
public class NtrexBenchmark {
    @Param("../shared/eval/ntrex-ar-fr/docs")
    public String docs;

    private final AlignmentPipeline pipeline = new AlignmentPipeline();
    private List<String[]> pairs;

    /** One thread's place in the list of pairs. */
    @State(Scope.Thread)
    public static class Cursor {
        private static int threads;
        private int next;

        @Setup
        public void start() {
            synchronized (Cursor.class) {
                next = 61 * threads++;
            }
        }
    }

    @Setup
    public void read() throws IOException {
        pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(docs))) {
            files.filter(f -> f.getFileName().toString().endsWith(".ar")).sorted().forEach(ar -> {
                Path fr = ar.resolveSibling(ar.getFileName().toString().replaceAll("\\.ar$", ".fr"));
                try {
                    pairs.add(new String[] {Files.readString(ar), Files.readString(fr)});
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("no NNN.ar files in " + Path.of(docs).toAbsolutePath());
        }
    }

    @Benchmark
    public AlignmentResult align(Cursor cursor) {
        String[] pair = pairs.get(cursor.next++ % pairs.size());
        return pipeline.align(pair[0], "ar", pair[1], "fr", false);
    }
}
