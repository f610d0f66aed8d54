package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.paralign.report.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code align --format F} on the seed pair prints align-core's golden file of that format
 * ({@code gold/seed-000-001.F}, from align-core's test-jar), TMX's creator version aside (the goldens name
 * {@code golden}).
 */
class AlignCommandGoldenTest extends InProcessCli {

    @ParameterizedTest
    @EnumSource(Format.class)
    void printsTheCoreGoldenFile(Format format) throws IOException {
        String golden;
        try (InputStream in = AlignCommandGoldenTest.class.getResourceAsStream("/gold/seed-000-001." + format.code())) {
            assertNotNull(in, "align-core's golden file of " + format.code());
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(0, run("align", Seeds.file(Seeds.ARABIC).toString(), Seeds.file(Seeds.FRENCH).toString(),
                "--src-lang", "ar", "--tgt-lang", "fr", "--format", format.code()), err.toString());
        assertEquals(golden.replace("creationtoolversion=\"golden\"",
                "creationtoolversion=\"" + VersionProvider.version() + "\""), out.toString());
    }
}
