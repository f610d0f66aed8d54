package io.paralign.report;

import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rewrites the golden files from the current code. Tagged {@code golden-update}, which the build leaves out unless the
 * {@code update-golden} profile is on: {@code ./mvnw -B -q -pl align-core test -Pupdate-golden}. Review the diff
 * ({@code git diff align-core/src/test/resources/gold}) before committing it.
 */
@Tag("golden-update")
class GoldenFilesUpdateTest {

    @Test
    void rewriteSeedPairGolden() throws Exception {
        Files.writeString(SeedPairGolden.FILE, SeedPairGolden.current());
    }

    @Test
    void rewriteRenderedGoldens() throws Exception {
        for (RenderedGolden golden : RenderedGolden.values()) {
            for (Format format : Format.values()) {
                Files.writeString(golden.file(format), golden.current(format));
            }
            Files.writeString(golden.paragraphTmxFile(), golden.currentParagraphTmx());
        }
    }
}
