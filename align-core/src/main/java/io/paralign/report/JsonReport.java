package io.paralign.report;

import io.paralign.align.Bead;
import io.paralign.align.Coverage;
import io.paralign.diverge.Flag;
import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import io.paralign.pipeline.AlignmentResult;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alignment result as JSON, with stable field names: {@code source} and {@code target} (language, paragraphs,
 * sentences with {@code start}/{@code end} offsets), {@code beads}, {@code flags}, {@code coverage}. The README
 * documents every field. Read-only over the result.
 */
public final class JsonReport {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The report's top-level fields, in the order they are written. */
    static final List<String> FIELDS = List.of("source", "target", "lengthModel", "paragraphBeads", "beads", "flags",
            "coverage", "warnings");

    private JsonReport() {
    }

    /** The result as a JSON tree. */
    public static ObjectNode tree(AlignmentResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("source", document(result.source()));
        root.set("target", document(result.target()));
        ObjectNode length = root.putObject("lengthModel");
        length.put("ratio", round(result.lengthModel().ratio()));
        length.put("variance", round(result.lengthModel().variance()));
        ArrayNode paragraphBeads = root.putArray("paragraphBeads");
        result.paragraphBeads().forEach(b -> {
            ObjectNode node = paragraphBeads.addObject();
            ids(node.putArray("source"), b.source());
            ids(node.putArray("target"), b.target());
        });
        ArrayNode beads = root.putArray("beads");
        result.beads().forEach(b -> bead(beads.addObject(), b));
        ArrayNode flags = root.putArray("flags");
        result.flags().forEach(f -> flags.add(flag(f)));
        ObjectNode coverage = root.putObject("coverage");
        side(coverage.putObject("source"), result.coverage().source());
        side(coverage.putObject("target"), result.coverage().target());
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(w -> warnings.addObject().put("code", w.code()).put("message", w.message()));
        return root;
    }

    /** The result as pretty-printed JSON text. */
    public static String write(AlignmentResult result) {
        return write(tree(result));
    }

    /** A report tree as pretty-printed JSON text. */
    static String write(JsonNode report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private static ObjectNode document(Document document) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("language", document.language());
        if (document.detection() != null) { // only when the language was asked to be detected (auto)
            node.putObject("languageDetected").put("language", document.detection().language())
                    .put("confidence", document.detection().confidence());
        }
        node.put("paragraphStyle", document.style().name().toLowerCase(Locale.ROOT));
        ArrayNode paragraphs = node.putArray("paragraphs");
        for (Paragraph p : document.paragraphs()) {
            ObjectNode par = paragraphs.addObject();
            par.put("id", p.index());
            par.put("start", p.span().start());
            par.put("end", p.span().end());
            par.put("heading", p.heading());
            par.put("firstSentence", p.firstSentence());
            par.put("sentenceCount", p.sentenceCount());
        }
        ArrayNode sentences = node.putArray("sentences");
        for (Sentence s : document.sentences()) {
            ObjectNode sen = sentences.addObject();
            sen.put("id", s.index());
            sen.put("paragraph", s.paragraph());
            sen.put("start", s.span().start());
            sen.put("end", s.span().end());
            sen.put("heading", s.heading());
            sen.put("text", s.text());
        }
        return node;
    }

    private static void bead(ObjectNode node, Bead bead) {
        ids(node.putArray("source"), bead.source());
        ids(node.putArray("target"), bead.target());
        node.put("type", bead.shape());
        node.put("score", bead.score());
        node.put("confidence", bead.confidence());
        ArrayNode anchors = node.putArray("anchors");
        bead.anchors().forEach(pair -> {
            ObjectNode anchor = anchors.addObject();
            anchor.put("kind", pair.source().kind().name().toLowerCase(Locale.ROOT));
            anchor.put("source", pair.source().surface());
            anchor.put("target", pair.target().surface());
        });
    }

    /** One flag as the report's {@code flags} hold it. */
    public static ObjectNode flag(Flag flag) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", flag.type().name());
        node.put("side", flag.side().json());
        node.put("paragraph", flag.paragraph());
        ids(node.putArray("sentences"), flag.sentences());
        node.put("start", flag.span().start());
        node.put("end", flag.span().end());
        node.put("text", flag.text());
        node.put("evidence", flag.evidence());
        node.put("confidence", round(flag.confidence()));
        return node;
    }

    private static void side(ObjectNode node, Coverage.SideCoverage side) {
        node.put("sentences", side.sentences());
        node.put("alignedSentences", side.alignedSentences());
        node.put("sentenceShare", round(side.sentenceShare()));
        node.put("characters", side.characters());
        node.put("alignedCharacters", side.alignedCharacters());
        node.put("characterShare", round(side.characterShare()));
    }

    private static void ids(ArrayNode array, List<Integer> ids) {
        ids.forEach(array::add);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
