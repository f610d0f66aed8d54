package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Every format's whole output, and TMX by paragraph, for the seed pair and the result made by hand, against its
 * golden file (rewritten only by {@code ./mvnw -B -q -pl align-core test -Pupdate-golden}, {@link
 * GoldenFilesUpdateTest}, then reviewed).
 */
class RenderedGoldenTest {
    static Stream<Arguments> cases() {
        return Arrays.stream(RenderedGolden.values())
                .flatMap(g -> Arrays.stream(Format.values()).map(f -> Arguments.of(g, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesGoldenFile(RenderedGolden golden, Format format) throws Exception {
        assertEquals(Files.readString(golden.file(format)), golden.current(format));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RenderedGolden.class)
    void paragraphTmxMatchesGoldenFile(RenderedGolden golden) throws Exception {
        assertEquals(Files.readString(golden.paragraphTmxFile()), golden.currentParagraphTmx());
    }

    /** The TMX golden files, by sentence and by paragraph, are valid TMX 1.4b. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(RenderedGolden.class)
    void tmxGoldenFilesAreValidTmx14b(RenderedGolden golden) throws Exception {
        Tmx14Dtd.valid(Files.readString(golden.file(Format.TMX)));
        Tmx14Dtd.valid(Files.readString(golden.paragraphTmxFile()));
    }
}
