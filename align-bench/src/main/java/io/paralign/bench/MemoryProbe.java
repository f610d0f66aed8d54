package io.paralign.bench;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Aligns one synthetic pair in this JVM and prints time, bytes allocated and heap use, to show how much heap an
 * alignment needs: run it in a fresh JVM with a small {@code -Xmx} (an {@link OutOfMemoryError} is the answer
 * "does not fit"). Usage: {@code java -Xmx1g -cp benchmarks.jar io.paralign.bench.MemoryProbe [sentences]}.
 */
public final class MemoryProbe {
    private static final long MB = 1024 * 1024;

    private MemoryProbe() {
    }

    public static void main(String[] args) {
        int sentences = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        SyntheticPairs.Pair pair = SyntheticPairs.generate(sentences, AlignmentBenchmark.SEED);
        AlignmentPipeline pipeline = new AlignmentPipeline();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = usedAfterGc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        AlignmentResult result = pipeline.align(pair.arabic(), "ar", pair.french(), "fr", false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        // the pools peak at different moments, so their sum bounds the true peak from above
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long retained = usedAfterGc() - before;
        System.out.printf("sentences=%d beads=%d coverage=%.3f time=%d ms allocated=%d MB peakHeap<=%d MB "
                        + "retainedResult=%d MB maxHeap=%d MB%n", sentences, result.beads().size(),
                result.coverage().source().sentenceShare(), millis, allocated / MB, peak / MB, retained / MB,
                Runtime.getRuntime().maxMemory() / MB);
    }

    static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
