package io.paralign.bench;

import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.PreparedPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap a batch's held pairs take per character of their texts ({@code io.paralign.batch.HeldPairs} budgets by that
 * figure): prepares every pair of a manifest set (its {@code pairs.csv}: source, target and their languages, no
 * quoted fields), keeps them all, and prints the heap they hold after a full collection, twice, the second time with
 * the word caches already filled by the first. Usage: {@code java -XX:+UseSerialGC -Xmx1g -cp benchmarks.jar
 * io.paralign.bench.PreparedPairsProbe ../shared/eval/speed-ar-fr}.
 */
public final class PreparedPairsProbe {
    private PreparedPairsProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path set = Path.of(args.length > 0 ? args[0] : "../shared/eval/speed-ar-fr");
        List<String> rows = Files.readAllLines(set.resolve("pairs.csv"));
        AlignmentPipeline pipeline = new AlignmentPipeline();
        for (int round = 1; round <= 2; round++) {
            List<PreparedPair> held = new ArrayList<>();
            long characters = 0;
            long before = MemoryProbe.usedAfterGc();
            for (String row : rows.subList(1, rows.size())) {
                String[] fields = row.split(",");
                String source = Files.readString(set.resolve(fields[0]));
                String target = Files.readString(set.resolve(fields[1]));
                characters += source.length() + target.length();
                held.add(pipeline.prepare(pipeline.segment(Side.SOURCE, source, fields[2], false),
                        pipeline.segment(Side.TARGET, target, fields[3], false)));
            }
            long bytes = MemoryProbe.usedAfterGc() - before;
            System.out.printf("round %d: %d pairs, %d characters, %.1f MB held, %.1f bytes a character%n", round,
                    held.size(), characters, bytes / 1e6, bytes / (double) characters);
        }
    }
}
