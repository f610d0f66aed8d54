package io.paralign.api.alignment;

import io.paralign.align.Bead;
import io.paralign.diverge.Divergence;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of an alignment: {@code id}, {@code createdAt}, every field of align-core's {@link JsonReport}
 * (source, target, lengthModel, paragraphBeads, beads, flags, coverage), then {@code pairs}: one per bead, with the
 * texts of both sides joined and the indices of the flags that touch it.
 */
final class AlignmentBody {
    private AlignmentBody() {
    }

    static ObjectNode of(String id, Instant createdAt, AlignmentResult result) {
        ObjectNode report = JsonReport.tree(result);
        ObjectNode body = report.objectNode();
        body.put("id", id);
        body.put("createdAt", createdAt.toString());
        body.setAll(report);
        ArrayNode pairs = body.putArray("pairs");
        List<Bead> beads = result.beads();
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            ObjectNode pair = pairs.addObject();
            pair.put("index", i);
            bead.source().forEach(pair.putArray("source")::add);
            bead.target().forEach(pair.putArray("target")::add);
            pair.put("type", bead.shape());
            pair.put("score", bead.score());
            pair.put("confidence", bead.confidence());
            pair.put("sourceText", text(result.source(), bead.source()));
            pair.put("targetText", text(result.target(), bead.target()));
            ArrayNode flags = pair.putArray("flags");
            for (int f = 0; f < result.flags().size(); f++) {
                if (touches(result.flags().get(f), bead)) {
                    flags.add(f);
                }
            }
        }
        return body;
    }

    static String text(Document document, List<Integer> sentences) {
        return sentences.stream().map(id -> document.sentence(id).text().strip()).collect(Collectors.joining(" "));
    }

    private static boolean touches(Divergence flag, Bead bead) {
        List<Integer> ids = flag.side() == Side.SOURCE ? bead.source() : bead.target();
        return flag.sentences().stream().anyMatch(ids::contains);
    }
}
