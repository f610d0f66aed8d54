package io.paralign.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pair's outputs left by an earlier run, as {@code --resume} finds them. They count as finished only when all the
 * run asks for are there and sound: {@code report.json} parses and has every field the summary reads, and the file of
 * every other format asked for ({@link ReportFiles}, by default {@code report.html} and {@code pairs.tmx}) is
 * non-empty. Anything less (a run killed mid-write, a disk that filled up, a file
 * edited by hand) and the pair is aligned again.
 *
 * @param report  the parsed {@code report.json} when finished, else null
 * @param problem why the pair is not finished, else null
 */
public record StoredReport(JsonNode report, String problem) {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SIDE_FIELDS = List.of("/language", "/paragraphs", "/sentences");
    private static final List<String> FLAG_FIELDS = List.of("/type", "/side", "/text", "/confidence");

    /** True when the earlier outputs can be used as they are. */
    public boolean finished() {
        return problem == null;
    }

    /** What is in {@code folder}; never throws on bad content, only on a folder that cannot be read. */
    public static StoredReport read(Path folder, ReportFiles files) throws IOException {
        for (String name : files.extraNames()) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return unfinished(name + (Files.exists(file) ? " is empty" : " is missing"));
            }
        }
        Path json = folder.resolve(ReportFiles.JSON);
        if (!Files.isRegularFile(json) || Files.size(json) == 0) {
            return unfinished("report.json is " + (Files.exists(json) ? "empty" : "missing"));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(json));
        } catch (JacksonException | IOException e) { // truncated, or not UTF-8
            return unfinished("report.json does not parse");
        }
        String missing = missing(tree);
        return missing == null ? new StoredReport(tree, null) : unfinished("report.json lacks " + missing);
    }

    private static StoredReport unfinished(String problem) {
        return new StoredReport(null, problem);
    }

    /** The first field {@link PairRow#of} needs that is missing or of the wrong kind, or null. */
    private static String missing(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            return "an object";
        }
        for (String side : List.of("/source", "/target")) {
            for (String field : SIDE_FIELDS) {
                JsonNode node = tree.at(side + field);
                if (field.equals("/language") ? !node.isString() : !node.isArray()) {
                    return side + field;
                }
            }
            for (String share : List.of("/sentenceShare", "/characterShare")) {
                if (!tree.at("/coverage" + side + share).isNumber()) {
                    return "/coverage" + side + share;
                }
            }
        }
        JsonNode beads = tree.at("/beads");
        if (!beads.isArray()) {
            return "/beads";
        }
        for (JsonNode bead : beads) {
            for (String side : List.of("/source", "/target")) {
                if (!ints(bead.at(side))) {
                    return "/beads/*" + side;
                }
            }
        }
        JsonNode flags = tree.at("/flags");
        if (!flags.isArray()) {
            return "/flags";
        }
        for (JsonNode flag : flags) {
            for (String field : FLAG_FIELDS) {
                JsonNode node = flag.at(field);
                if (field.equals("/confidence") ? !node.isNumber() : !node.isString()) {
                    return "/flags/*" + field;
                }
            }
            if (!List.of("source", "target").contains(flag.at("/side").asString())) {
                return "/flags/*/side as source or target";
            }
            if (!ints(flag.at("/sentences"))) {
                return "/flags/*/sentences";
            }
        }
        return null;
    }

    private static boolean ints(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode n : node) {
            if (!n.isInt()) {
                return false;
            }
        }
        return true;
    }
}
