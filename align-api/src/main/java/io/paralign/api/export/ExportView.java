package io.paralign.api.export;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the renderers read of a stored alignment body.
 *
 * @param id             alignment id
 * @param createdAt      ISO-8601 creation time
 * @param sourceLanguage source language tag
 * @param targetLanguage target language tag
 * @param pairs          pairs in order
 * @param flags          divergence flags in order
 */
record ExportView(String id, String createdAt, String sourceLanguage, String targetLanguage, List<Pair> pairs,
                  List<Flag> flags) {

    /** One bead: sentence ids, texts, shape ("1-1"), score (similarity), confidence and the indices of its flags. */
    record Pair(List<Integer> source, List<Integer> target, String sourceText, String targetText, String type,
                double score, double confidence, List<Integer> flags) {
        boolean isMatch() {
            return !source.isEmpty() && !target.isEmpty();
        }
    }

    /** One divergence flag. */
    record Flag(String type, String side, String evidence) {
    }

    static ExportView of(JsonNode body) {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode p : body.get("pairs")) {
            pairs.add(new Pair(ints(p.get("source")), ints(p.get("target")), p.get("sourceText").asString(),
                    p.get("targetText").asString(), p.get("type").asString(), p.path("score").asDouble(0),
                    p.get("confidence").asDouble(),
                    ints(p.get("flags"))));
        }
        List<Flag> flags = new ArrayList<>();
        for (JsonNode f : body.get("flags")) {
            flags.add(new Flag(f.get("type").asString(), f.get("side").asString(), f.path("evidence").asString("")));
        }
        return new ExportView(body.get("id").asString(), body.get("createdAt").asString(),
                body.get("source").get("language").asString(), body.get("target").get("language").asString(),
                List.copyOf(pairs), List.copyOf(flags));
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.asInt()));
        return List.copyOf(ids);
    }
}
