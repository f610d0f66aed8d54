package io.paralign.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the edit lists of the articles-ar-fr development set: each edit names the side it touched, the flag it
 * should raise ({@code MISSING_IN_AR} means text present on the other side is missing in Arabic, so the flag points
 * at the side given by {@code present_on}), and the sentences or texts concerned.
 */
public final class EditsFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EditsFile() {
    }

    public static List<ExpectedFlag> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a JSON edit list: " + e.getOriginalMessage(), e);
        }
        List<ExpectedFlag> flags = new ArrayList<>();
        for (JsonNode edit : root) {
            String language = edit.hasNonNull("present_on") ? edit.get("present_on").asString() : edit.get("side").asString();
            String expect = edit.hasNonNull("expect") ? edit.get("expect").asString() : null;
            List<Integer> sentences = new ArrayList<>();
            edit.path("sentences").forEach(n -> sentences.add(n.asInt()));
            List<String> texts = new ArrayList<>();
            JsonNode text = edit.path("text");
            if (text.isString()) {
                texts.add(text.asString());
            } else {
                text.forEach(n -> texts.add(n.asString()));
            }
            flags.add(new ExpectedFlag(edit.get("edit").asString(), language, expect, sentences, texts));
        }
        return flags;
    }
}
