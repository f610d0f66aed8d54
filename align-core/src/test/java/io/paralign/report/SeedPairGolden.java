package io.paralign.report;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The seed pair's whole JSON result and the golden file that holds it as reviewed. */
final class SeedPairGolden {
    static final Path FILE = Path.of("src", "test", "resources", "gold", "seed-000-001.json");
    /** The seed pair's two files, in {@code seeds/}. */
    static final String SOURCE = "000_8309a08ed0edb24a.txt";
    static final String TARGET = "001_d60f469c9e1ad6ee.txt";

    private SeedPairGolden() {
    }

    /** The JSON result of aligning the seed pair now, as the golden file holds it. */
    static String current() throws IOException {
        return JsonReport.write(result()) + "\n";
    }

    /** The seed pair aligned now, with the default options. */
    static AlignmentResult result() throws IOException {
        Path seeds = Path.of("..", "seeds");
        return new AlignmentPipeline().align(
                Files.readString(seeds.resolve(SOURCE)), "ar", Files.readString(seeds.resolve(TARGET)), "fr", false);
    }
}
