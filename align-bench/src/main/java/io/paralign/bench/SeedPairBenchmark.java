package io.paralign.bench;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time and allocation of the pipeline on the seed pair (the HTTP service's load benchmark posts this pair): the
 * core's share of one request. Run from the repository root, or pass {@code -p seeds=<folder>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SeedPairBenchmark {
    @Param("seeds")
    public String seeds;

    private final AlignmentPipeline pipeline = new AlignmentPipeline();
    private String arabic;
    private String french;

    @Setup
    public void read() throws IOException {
        arabic = Files.readString(Path.of(seeds, "000_8309a08ed0edb24a.txt"));
        french = Files.readString(Path.of(seeds, "001_d60f469c9e1ad6ee.txt"));
    }

    @Benchmark
    public AlignmentResult align() {
        return pipeline.align(arabic, "ar", french, "fr", false);
    }
}
