package io.paralign.api.export;

import static io.paralign.api.Http.alignmentJson;
import static io.paralign.api.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.api.Fixture;
import io.paralign.api.Http;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.report.Format;
import io.paralign.report.RenderOptions;
import io.paralign.report.Rendered;
import io.paralign.report.SegmentType;
import io.paralign.report.ReportView;
import io.paralign.report.Tmx14Dtd;
import io.paralign.report.ToolVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed pair aligned through HTTP and exported in every format is byte for byte what align-core's renderers
 * write for the same pair aligned in-process (as {@code align --format} does), once ids and dates are masked. XLSX,
 * whose zip holds the time of writing, is compared read back: every cell, column widths and cell styles
 * ({@link Rendered#text}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportMatchesCoreIT {
    private static final Path DATA = Fixture.dataDir("export-matches-core-it");
    /**
     * Alignment ids (UUIDs), ISO-8601 instants and TMX's creation date, the only things that may differ from one run
     * to the next.
     */
    private static final Pattern IDS_AND_DATES = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"
                    + "|\\d{8}T\\d{6}Z");

    @LocalServerPort
    int port;
    private Http http;
    private String id;
    private ReportView inProcess;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("paralign.store.data-dir", DATA::toString);
    }

    @BeforeAll
    void alignTheSeedPairBothWays() throws IOException {
        String arabic = Files.readString(Path.of("..", "seeds", "000_8309a08ed0edb24a.txt"));
        String french = Files.readString(Path.of("..", "seeds", "001_d60f469c9e1ad6ee.txt"));
        http = new Http(port);
        HttpResponse<String> created = http.postJson(alignmentJson("ar", arabic, "fr", french));
        assertEquals(201, created.statusCode(), created.body());
        id = json(created).get("id").asString();
        inProcess = ReportView.of(new AlignmentPipeline().align(arabic, "ar", french, "fr", false));
    }

    private static String masked(String text) {
        return IDS_AND_DATES.matcher(text).replaceAll("…");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void exportIsTheCoreRenderingOfTheSamePair(Format format) throws Exception {
        HttpResponse<byte[]> export = http.getBytes("/api/v1/alignments/" + id + "/export?format=" + format.code());
        assertEquals(200, export.statusCode(), () -> new String(export.body(), StandardCharsets.UTF_8));
        String expected = Rendered.of(format, RenderOptions.of(ToolVersion.of(), Instant.now()), inProcess);
        assertTrue(expected.length() > 100, expected);
        assertEquals(masked(expected), masked(Rendered.text(format, export.body())));
    }

    @Test
    void xlsxExportIsAnAttachmentOfItsMediaType() {
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/alignments/" + id + "/export?format=xlsx");
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"" + id + ".xlsx\"",
                xlsx.headers().firstValue("Content-Disposition").orElseThrow());
    }

    @Test
    void tmxExportTakesTheMinimumScoreAndParagraphUnits() throws Exception {
        String tmx = http.get("/api/v1/alignments/" + id + "/export?format=tmx&minScore=0.5&segtype=paragraph").body();
        String expected = Rendered.of(Format.TMX, RenderOptions.of(ToolVersion.of(), Instant.now()).withMinScore(0.5)
                .withSegments(SegmentType.PARAGRAPH), inProcess);
        assertEquals(masked(expected), masked(tmx));
        Tmx14Dtd.valid(tmx);
        assertTrue(tmx.contains("segtype=\"paragraph\""), tmx);
    }

    @Test
    void tmxExportIsValidTmx14bWithUnitIdsAndProps() throws Exception {
        String tmx = http.get("/api/v1/alignments/" + id + "/export?format=tmx").body();
        Tmx14Dtd.valid(tmx);
        assertTrue(tmx.contains("<tu tuid=\"1\">"), tmx);
        assertTrue(tmx.contains("<prop type=\"x-bead\">"), tmx);
        assertTrue(tmx.contains("creationtoolversion=\"" + ToolVersion.of() + "\""), tmx);
        assertFalse(ToolVersion.of().contains("${"), "the version is filtered in by Maven");
    }
}
