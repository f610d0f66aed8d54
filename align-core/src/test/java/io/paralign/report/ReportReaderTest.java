package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A view written as JSON and read back renders as it did, in every format; the service's body reads the same. */
class ReportReaderTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static Stream<Arguments> cases() {
        return Arrays.stream(RenderedGolden.values())
                .flatMap(g -> Arrays.stream(Format.values()).map(f -> Arguments.of(g, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void viewToJsonToViewRendersTheSame(RenderedGolden golden, Format format) throws Exception {
        ReportView view = golden.view();
        // the titles are the shell's, not the JSON report's: the view read back is the same once they are given
        ReportView back = ReportReader.read(view.json()).titled(view.source().title(), view.target().title());
        assertEquals(view, back);
        assertEquals(Rendered.of(format, view), Rendered.of(format, back));
    }

    /** The HTTP service stores the report with an id, a date and its pairs around it: they are not part of the view. */
    @Test
    void aBodyWithMoreFieldsReadsAsItsReport() throws Exception {
        ReportView view = RenderedGolden.TWO_BEADS.view();
        ObjectNode body = MAPPER.createObjectNode().put("id", "42").put("createdAt", "2026-12-02T00:00:00Z");
        MAPPER.readTree(view.json()).properties().forEach(e -> body.set(e.getKey(), e.getValue()));
        body.putArray("pairs").addObject().put("index", 0);
        assertEquals(view, ReportReader.read(body));
    }

    /** The reader keeps the fields the report has, all of them: a field added to the report must be added there. */
    @Test
    void theReaderKnowsEveryFieldOfTheReport() {
        assertEquals(JsonReport.FIELDS, List.copyOf(JsonReport.tree(MadeResults.TWO_BEADS).propertyNames()));
    }

    @Test
    void aBodyWithoutBeadsIsRefused() throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(RenderedGolden.TWO_BEADS.view().json());
        body.remove("beads");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportReader.read(body));
        assertEquals("not an alignment report: no field 'beads'", e.getMessage());
    }

    @Test
    void anEmptyObjectIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportReader.read("{}"));
    }
}
