package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The whole JSON result of the seed pair against its golden file. A change of behaviour shows as a diff of that
 * file. The golden file is only ever rewritten by its own command, {@code ./mvnw -B -q -pl align-core test
 * -Pupdate-golden} ({@link GoldenFilesUpdateTest}), whose diff is then reviewed; this test never writes it.
 */
class JsonReportGoldenTest {

    @Test
    void seedPairMatchesGoldenFile() throws IOException {
        assertTrue(Files.isRegularFile(SeedPairGolden.FILE), "golden file missing: " + SeedPairGolden.FILE
                + "; write it with ./mvnw -B -q -pl align-core test -Pupdate-golden and review it");
        assertEquals(Files.readString(SeedPairGolden.FILE), SeedPairGolden.current());
    }
}
