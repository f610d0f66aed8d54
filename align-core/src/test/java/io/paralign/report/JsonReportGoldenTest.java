package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The whole JSON result of the seed pair against its golden file. A change of behaviour shows as a diff of that
 * file: review it, then regenerate with {@code -Dgolden.update=true}.
 */
class JsonReportGoldenTest {
    private static final Path GOLD = Path.of("src", "test", "resources", "gold", "seed-000-001.json");

    @Test
    void seedPairMatchesGoldenFile() throws IOException {
        Path seeds = Path.of("..", "seeds");
        AlignmentResult result = new AlignmentPipeline().align(
                Files.readString(seeds.resolve("000_8309a08ed0edb24a.txt")), "ar",
                Files.readString(seeds.resolve("001_d60f469c9e1ad6ee.txt")), "fr", false);
        String json = JsonReport.write(result) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLD, json);
        }
        assertEquals(Files.readString(GOLD), json);
    }
}
