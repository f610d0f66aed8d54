package io.paralign.bench;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.pipeline.Warning;
import io.paralign.report.JsonReport;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link AlignmentPipeline#align} on the {@link WorstCases} families at four doubling-ish sizes each, in this
 * JVM after a warm-up, and prints time per size and the ratio to the previous size: linear cost shows the size
 * ratio (2x, or 1.5x from 20k to 30k), quadratic its square. Also prints the JSON report's size against the input's.
 * Usage: {@code java -Xmx2g -cp benchmarks.jar io.paralign.bench.GrowthProbe [FAMILY ...]}.
 */
public final class GrowthProbe {
    private static final int RUNS = 2;

    private GrowthProbe() {
    }

    public static void main(String[] args) {
        WorstCases[] families = args.length == 0 ? WorstCases.values()
                : Arrays.stream(args).map(a -> WorstCases.valueOf(a.toUpperCase(Locale.ROOT)))
                .toArray(WorstCases[]::new);
        AlignmentPipeline pipeline = new AlignmentPipeline();
        for (WorstCases family : families) {
            int[] sizes = sizes(family);
            for (int k = 0; k < 3; k++) { // warm-up on the smallest size
                warmUp(pipeline, family, sizes[0] / 4);
            }
            double previous = Double.NaN;
            for (int size : sizes) {
                SyntheticPairs.Pair pair = family.generate(size);
                double best = Double.MAX_VALUE;
                AlignmentResult result = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    result = pipeline.align(pair.arabic(), "ar", pair.french(), "fr", family.preSegmented());
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                }
                int input = pair.arabic().length() + pair.french().length();
                System.out.printf(Locale.ROOT, "%-12s %7d  %8.3f s  x%-6s  input %9d chars  json %10d chars"
                                + "  warnings %s%n", family, size, best,
                        Double.isNaN(previous) ? "-" : String.format(Locale.ROOT, "%.2f", best / previous),
                        input, JsonReport.write(result).length(), warnings(result));
                previous = best;
            }
        }
    }

    private static int[] sizes(WorstCases family) {
        return switch (family) {
            case NUMBERS -> new int[] {8_000, 16_000, 32_000, 64_000};
            case WORD_LINES -> new int[] {5_000, 10_000, 20_000, 30_000};
            case MANY_TO_ONE -> new int[] {5_000, 10_000, 20_000, 40_000};
        };
    }

    private static void warmUp(AlignmentPipeline pipeline, WorstCases family, int size) {
        SyntheticPairs.Pair pair = family.generate(size);
        pipeline.align(pair.arabic(), "ar", pair.french(), "fr", family.preSegmented());
    }

    private static String warnings(AlignmentResult result) {
        return result.warnings().isEmpty() ? "-"
                : String.join(",", result.warnings().stream().map(Warning::code).toList());
    }
}
