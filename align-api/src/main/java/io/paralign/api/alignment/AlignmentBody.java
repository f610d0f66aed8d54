package io.paralign.api.alignment;

import io.paralign.align.Bead;
import io.paralign.api.store.PairText;
import io.paralign.cancel.Cancellation;
import io.paralign.diverge.Flag;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body of an alignment: {@code id}, {@code createdAt}, every field of align-core's {@link JsonReport}
 * (source, target, lengthModel, paragraphBeads, beads, flags, coverage), then {@code pairs}: one per bead, with the
 * texts of both sides joined and the indices of the flags that touch it.
 *
 * <p>The pairs are written as they are made, not built as a tree first, and the flags touching a bead are looked
 * up by sentence id: time and memory grow with beads plus flags, not with their product.
 *
 * @param json  the body in UTF-8
 * @param pairs the pairs' texts, for the store's search index
 */
record AlignmentBody(byte[] json, List<PairText> pairs) {

    /** Writes the body; stops with a {@link io.paralign.cancel.CancelledException} when the thread is interrupted meanwhile. */
    static AlignmentBody of(String id, Instant createdAt, AlignmentResult result, JsonMapper mapper) {
        FlagIndex flags = new FlagIndex(result);
        List<PairText> texts = new ArrayList<>(result.beads().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("id", id);
            json.writeStringProperty("createdAt", createdAt.toString());
            for (Map.Entry<String, JsonNode> field : JsonReport.tree(result).properties()) {
                json.writeName(field.getKey());
                json.writeTree(field.getValue());
            }
            json.writeArrayPropertyStart("pairs");
            List<Bead> beads = result.beads();
            for (int i = 0; i < beads.size(); i++) {
                if ((i & 1023) == 0) {
                    Cancellation.check("the body of alignment " + id + ", pair " + i);
                }
                PairText text = new PairText(i, text(result.source(), beads.get(i).source()),
                        text(result.target(), beads.get(i).target()));
                pair(json, beads.get(i), text, flags.touching(beads.get(i)));
                texts.add(text);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return new AlignmentBody(out.toByteArray(), texts);
    }

    private static void pair(JsonGenerator json, Bead bead, PairText text, int[] flags) {
        json.writeStartObject();
        json.writeNumberProperty("index", text.index());
        ids(json, "source", bead.source());
        ids(json, "target", bead.target());
        json.writeStringProperty("type", bead.shape());
        json.writeNumberProperty("score", bead.score());
        json.writeNumberProperty("confidence", bead.confidence());
        json.writeStringProperty("sourceText", text.sourceText());
        json.writeStringProperty("targetText", text.targetText());
        json.writeArrayPropertyStart("flags");
        for (int flag : flags) {
            json.writeNumber(flag);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void ids(JsonGenerator json, String name, List<Integer> ids) {
        json.writeArrayPropertyStart(name);
        for (int id : ids) {
            json.writeNumber(id);
        }
        json.writeEndArray();
    }

    static String text(Document document, List<Integer> sentences) {
        return sentences.stream().map(id -> document.sentence(id).text().strip()).collect(Collectors.joining(" "));
    }

    /** The indices of the flags naming each sentence, per side; sentences without flags take no list. */
    private static final class FlagIndex {
        private final List<Integer>[] source;
        private final List<Integer>[] target;

        FlagIndex(AlignmentResult result) {
            this.source = empty(result.source().sentenceCount());
            this.target = empty(result.target().sentenceCount());
            List<Flag> flags = result.flags();
            for (int f = 0; f < flags.size(); f++) {
                List<Integer>[] side = flags.get(f).side() == Side.SOURCE ? source : target;
                for (int sentence : flags.get(f).sentences()) {
                    if (sentence >= 0 && sentence < side.length) {
                        if (side[sentence] == null) {
                            side[sentence] = new ArrayList<>(2);
                        }
                        side[sentence].add(f);
                    }
                }
            }
        }

        /** The flags naming a sentence of the bead on the flag's side, ascending, each once. */
        int[] touching(Bead bead) {
            IntStream found = IntStream.concat(
                    bead.source().stream().flatMap(s -> at(source, s).stream()).mapToInt(Integer::intValue),
                    bead.target().stream().flatMap(s -> at(target, s).stream()).mapToInt(Integer::intValue));
            return found.sorted().distinct().toArray();
        }

        private static List<Integer> at(List<Integer>[] side, int sentence) {
            return sentence >= 0 && sentence < side.length && side[sentence] != null ? side[sentence] : List.of();
        }

        @SuppressWarnings("unchecked")
        private static List<Integer>[] empty(int size) {
            return (List<Integer>[]) new List<?>[size];
        }
    }
}
