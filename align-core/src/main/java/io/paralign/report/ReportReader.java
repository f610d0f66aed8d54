package io.paralign.report;

import io.paralign.align.Coverage;
import io.paralign.model.Side;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rebuilds a {@link ReportView} from stored JSON: the JSON report ({@link JsonReport}), alone or inside a larger body
 * (the HTTP service's adds {@code id}, {@code createdAt} and {@code pairs}, which are left out of the view).
 */
public final class ReportReader {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportReader() {
    }

    /** @throws IllegalArgumentException when the JSON lacks a field of the report */
    public static ReportView read(String json) {
        return read(MAPPER.readTree(json));
    }

    /** @throws IllegalArgumentException when the tree lacks a field of the report */
    public static ReportView read(JsonNode body) {
        ObjectNode report = MAPPER.createObjectNode();
        for (String field : JsonReport.FIELDS) {
            JsonNode value = body.get(field);
            if (value == null) {
                throw new IllegalArgumentException("not an alignment report: no field '" + field + "'");
            }
            report.set(field, value.deepCopy());
        }
        List<ReportView.ParagraphBeadView> paragraphBeads = new ArrayList<>();
        for (JsonNode b : report.get("paragraphBeads")) {
            paragraphBeads.add(new ReportView.ParagraphBeadView(ints(b.get("source")), ints(b.get("target"))));
        }
        List<ReportView.BeadView> beads = new ArrayList<>();
        for (JsonNode b : report.get("beads")) {
            beads.add(new ReportView.BeadView(ints(b.get("source")), ints(b.get("target")),
                    b.get("score").asDouble(), b.get("confidence").asDouble()));
        }
        List<ReportView.FlagView> flags = new ArrayList<>();
        for (JsonNode f : report.get("flags")) {
            flags.add(new ReportView.FlagView(f.get("type").asString(), side(f.get("side").asString()),
                    ints(f.get("sentences")), f.get("text").asString(), f.get("evidence").asString(),
                    f.get("confidence").asDouble()));
        }
        return new ReportView(side(report, "source"), side(report, "target"), paragraphBeads, beads, flags,
                JsonReport.write(report));
    }

    private static ReportView.SideView side(JsonNode report, String name) {
        List<String> sentences = new ArrayList<>();
        List<Integer> paragraphs = new ArrayList<>();
        report.get(name).get("sentences").forEach(s -> {
            sentences.add(s.get("text").asString());
            paragraphs.add(s.get("paragraph").asInt());
        });
        JsonNode c = report.get("coverage").get(name);
        return new ReportView.SideView(report.get(name).get("language").asString(), "", sentences, paragraphs,
                new Coverage.SideCoverage(c.get("sentences").asInt(), c.get("alignedSentences").asInt(),
                        c.get("characters").asInt(), c.get("alignedCharacters").asInt()));
    }

    private static Side side(String json) {
        for (Side side : Side.values()) {
            if (side.json().equals(json)) {
                return side;
            }
        }
        throw new IllegalArgumentException("flag side must be source or target, was '" + json + "'");
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> ids = new ArrayList<>(array.size());
        array.forEach(n -> ids.add(n.asInt()));
        return ids;
    }
}
