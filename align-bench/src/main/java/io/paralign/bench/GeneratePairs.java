package io.paralign.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes N synthetic Arabic/French article pairs from {@link SyntheticPairs} into a folder, {@code NNNN_ar.txt} and
 * {@code NNNN_fr.txt} of 20 to 59 sentences a side, and a manifest {@code pairs.csv} listing them, for the CLI's
 * batch benchmark and tests: {@code java -cp benchmarks.jar io.paralign.bench.GeneratePairs DIR N [SEED]}. The same
 * seed gives the same files.
 */
public final class GeneratePairs {
    private GeneratePairs() {
    }

    public static void main(String... args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: GeneratePairs DIR N [SEED]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42;
        StringBuilder manifest = new StringBuilder("source,target,source_lang,target_lang\n");
        for (int i = 1; i <= n; i++) {
            long pairSeed = seed * 1_000_003 + i;
            SyntheticPairs.Pair pair = SyntheticPairs.generate(20 + new Random(pairSeed).nextInt(40), pairSeed);
            String ar = String.format("%04d_ar.txt", i);
            String fr = String.format("%04d_fr.txt", i);
            Files.writeString(dir.resolve(ar), pair.arabic(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(fr), pair.french(), StandardCharsets.UTF_8);
            manifest.append(ar).append(',').append(fr).append(",ar,fr\n");
        }
        Files.writeString(dir.resolve("pairs.csv"), manifest, StandardCharsets.UTF_8);
        System.out.println(n + " pairs written to " + dir);
    }
}
