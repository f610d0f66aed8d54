package io.paralign.bench;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
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
 * Time (and, with {@code -prof gc}, bytes allocated: {@code gc.alloc.rate.norm}) of one plain-text alignment,
 * segmentation included, of a synthetic Arabic/French pair of 100, 1,000 and 10,000 sentences a side. Sized so
 * that a full run stays under ten minutes on two cores; every iteration runs at least one alignment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class AlignmentBenchmark {
    static final long SEED = 20_240_402L;

    @Param({"100", "1000", "10000"})
    public int sentences;

    private final AlignmentPipeline pipeline = new AlignmentPipeline();
    private String arabic;
    private String french;

    @Setup
    public void generate() {
        SyntheticPairs.Pair pair = SyntheticPairs.generate(sentences, SEED);
        arabic = pair.arabic();
        french = pair.french();
    }

    @Benchmark
    public AlignmentResult align() {
        return pipeline.align(arabic, "ar", french, "fr", false);
    }
}
