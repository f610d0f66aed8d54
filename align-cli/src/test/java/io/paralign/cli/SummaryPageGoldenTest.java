package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code summary.html} of a batch over the seeds (one pair, three unpaired Arabic articles) against its
 * golden file, {@code src/test/resources/gold/seeds-summary.html}; after a deliberate change, copy the new page over
 * it and review the diff.
 */
class SummaryPageGoldenTest extends InProcessCli {
    static final Path GOLDEN = Path.of("src", "test", "resources", "gold", "seeds-summary.html");

    @TempDir
    Path dir;

    static String summary(InProcessCli cli, Path dir) throws IOException {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, cli.run("batch", seeds.toString(), "--out", report.toString()), cli.err.toString());
        return Files.readString(report.resolve("summary.html"));
    }

    @Test
    void seedsSummaryMatchesGoldenFile() throws IOException {
        assertEquals(Files.readString(GOLDEN), summary(this, dir));
    }
}
