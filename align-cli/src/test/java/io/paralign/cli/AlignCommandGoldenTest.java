package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.paralign.report.Format;
import io.paralign.report.Rendered;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code align --format F} on the seed pair prints align-core's golden file of that format
 * ({@code gold/seed-000-001.F}, from align-core's test-jar), TMX's creator version and date aside (the goldens name
 * {@code golden} and a fixed date). XLSX, which needs {@code --out}, is compared read back
 * ({@code seed-000-001.xlsx.cells}).
 */
class AlignCommandGoldenTest extends InProcessCli {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Format.class)
    void printsTheCoreGoldenFile(Format format) throws Exception {
        String name = "/gold/seed-000-001." + format.code() + (format.isBinary() ? ".cells" : "");
        String golden;
        try (InputStream in = AlignCommandGoldenTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "align-core's golden file " + name);
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("pair." + format.code());
        List<String> args = new ArrayList<>(List.of("align", Seeds.file(Seeds.ARABIC).toString(),
                Seeds.file(Seeds.FRENCH).toString(), "--src-lang", "ar", "--tgt-lang", "fr", "--format", format.code()));
        if (format.isBinary()) {
            args.addAll(List.of("--out", file.toString()));
        }
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        String written = format.isBinary() ? Rendered.text(format, Files.readAllBytes(file)) : out.toString();
        assertEquals(golden.replace("creationtoolversion=\"golden\"",
                "creationtoolversion=\"" + VersionProvider.version() + "\""), masked(written));
    }

    /** The run's TMX creation date, as the golden files write theirs. */
    private static String masked(String written) {
        return written.replaceFirst("creationdate=\"\\d{8}T\\d{6}Z\"", "creationdate=\"20260102T030405Z\"");
    }
}
