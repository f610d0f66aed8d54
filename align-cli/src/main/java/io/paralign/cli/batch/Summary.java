package io.paralign.cli.batch;

import static io.paralign.cli.render.Markup.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.paralign.cli.render.Markup;
import io.paralign.diverge.Divergence;
import io.paralign.diverge.DivergenceType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary of a batch in three forms: {@code summary.json} ({@code pairs} and {@code unpaired}),
 * {@code summary.csv} (one row per pair, then one per unpaired document) and {@code summary.html}.
 */
public final class Summary {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final List<PairRow> pairs;
    private final List<UnpairedRow> unpaired;

    public Summary(List<PairRow> pairs, List<UnpairedRow> unpaired) {
        this.pairs = List.copyOf(pairs);
        this.unpaired = List.copyOf(unpaired);
    }

    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode pairArray = root.putArray("pairs");
        for (PairRow row : pairs) {
            ObjectNode pair = pairArray.addObject();
            pair.put("source", row.source());
            pair.put("target", row.target());
            pair.put("report", row.folder() + "/report.json");
            pair.put("pairingScore", round(row.score()));
            ObjectNode languages = pair.putObject("languages");
            languages.put("source", row.sourceSide().language());
            languages.put("target", row.targetSide().language());
            side(pair.putObject("sourceSide"), row.sourceSide());
            side(pair.putObject("targetSide"), row.targetSide());
            ObjectNode coverage = pair.putObject("coverage");
            coverage(coverage.putObject("source"), row.sourceSide());
            coverage(coverage.putObject("target"), row.targetSide());
            ObjectNode counts = pair.putObject("flags");
            row.flagCounts().forEach(counts::put);
            ArrayNode worst = pair.putArray("worstFlags");
            row.worstFlags().forEach(worst::add);
        }
        ArrayNode unpairedArray = root.putArray("unpaired");
        for (UnpairedRow row : unpaired) {
            ObjectNode document = unpairedArray.addObject();
            document.put("file", row.file());
            document.put("language", row.language());
            document.put("paragraphs", row.paragraphs());
            document.put("sentences", row.sentences());
            ArrayNode flags = document.putArray("flags");
            for (Divergence flag : row.flags()) {
                ObjectNode node = flags.addObject();
                node.put("type", flag.type().name());
                node.put("paragraph", flag.paragraph());
                node.put("start", flag.span().start());
                node.put("end", flag.span().end());
                node.put("text", flag.text());
                node.put("evidence", flag.evidence());
                node.put("confidence", round(flag.confidence()));
            }
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void side(ObjectNode node, PairRow.SideRow side) {
        node.put("paragraphs", side.paragraphs());
        node.put("sentences", side.sentences());
    }

    private static void coverage(ObjectNode node, PairRow.SideRow side) {
        node.put("sentenceShare", side.sentenceCoverage());
        node.put("characterShare", side.characterCoverage());
    }

    public String csv() {
        StringBuilder out = new StringBuilder("status,source,target,source_lang,target_lang,"
                + "source_paragraphs,source_sentences,target_paragraphs,target_sentences,"
                + "source_sentence_coverage,source_character_coverage,target_sentence_coverage,"
                + "target_character_coverage");
        for (DivergenceType type : DivergenceType.values()) {
            out.append(',').append(type.name().toLowerCase(Locale.ROOT));
        }
        out.append(",worst_flags\n");
        for (PairRow row : pairs) {
            PairRow.SideRow s = row.sourceSide();
            PairRow.SideRow t = row.targetSide();
            out.append(String.join(",", "paired", csv(row.source()), csv(row.target()), csv(s.language()),
                    csv(t.language()), "" + s.paragraphs(), "" + s.sentences(), "" + t.paragraphs(),
                    "" + t.sentences(), share(s.sentenceCoverage()), share(s.characterCoverage()),
                    share(t.sentenceCoverage()), share(t.characterCoverage())));
            for (DivergenceType type : DivergenceType.values()) {
                out.append(',').append(row.flagCounts().getOrDefault(type.name(), 0));
            }
            out.append(',').append(csv(String.join(" | ", row.worstFlags()))).append('\n');
        }
        for (UnpairedRow row : unpaired) {
            out.append(String.join(",", "unpaired", csv(row.file()), "", csv(row.language()), "",
                    "" + row.paragraphs(), "" + row.sentences(), "", "", "", "", "", ""));
            Map<DivergenceType, Long> counts = counts(row.flags());
            for (DivergenceType type : DivergenceType.values()) {
                out.append(',').append(counts.getOrDefault(type, 0L));
            }
            out.append(',').append(csv(row.flags().stream().limit(PairRow.WORST)
                    .map(f -> f.type().name() + ": " + PairRow.shorten(f.text()))
                    .collect(Collectors.joining(" | ")))).append('\n');
        }
        return out.toString();
    }

    private static Map<DivergenceType, Long> counts(List<Divergence> flags) {
        return flags.stream().collect(Collectors.groupingBy(Divergence::type, Collectors.counting()));
    }

    private static String csv(String field) {
        return field.matches(".*[,\"\\r\\n].*") || field.contains("\n")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Batch summary</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n"
                + "table{border-collapse:collapse;margin-bottom:2em}\n"
                + "td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}\n"
                + "th{background:#f3f3f3}\n.low{background:#ffe3e3}\n.num{text-align:end}\n"
                + "</style>\n</head>\n<body>\n<h1>Batch summary</h1>\n");
        out.append("<p>").append(pairs.size()).append(" pairs, ").append(unpaired.size())
                .append(" documents with no counterpart.</p>\n<h2>Pairs</h2>\n<table class=\"pairs\">\n<tr>"
                        + "<th>source</th><th>target</th><th>languages</th><th>sentences</th>"
                        + "<th>source coverage</th><th>target coverage</th><th>flags</th><th>worst flags</th></tr>\n");
        for (PairRow row : pairs) {
            PairRow.SideRow s = row.sourceSide();
            PairRow.SideRow t = row.targetSide();
            out.append("<tr><td><a href=\"").append(escape(row.folder())).append("/report.html\">")
                    .append(escape(row.source())).append("</a></td><td>").append(escape(row.target()))
                    .append("</td><td>").append(escape(s.language())).append(" → ").append(escape(t.language()))
                    .append("</td><td class=\"num\">").append(s.sentences()).append(" / ").append(t.sentences())
                    .append("</td>").append(percent(s.characterCoverage())).append(percent(t.characterCoverage()))
                    .append("<td>").append(escape(row.flagCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))))
                    .append("</td><td>").append(escape(String.join("\n", row.worstFlags())).replace("\n", "<br>"))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n<h2>Documents with no counterpart</h2>\n<table class=\"unpaired\">\n<tr><th>file</th>"
                + "<th>language</th><th>sentences</th><th>findings</th></tr>\n");
        for (UnpairedRow row : unpaired) {
            out.append("<tr><td>").append(escape(row.file())).append("</td><td>").append(escape(row.language()))
                    .append("</td><td class=\"num\">").append(row.sentences()).append("</td><td>");
            if (row.flags().isEmpty()) {
                out.append("none");
            }
            for (Divergence flag : row.flags()) {
                out.append("<div>").append(flag.type().name()).append(": <span dir=\"")
                        .append(Markup.direction(row.language())).append("\" lang=\"").append(escape(row.language()))
                        .append("\">").append(escape(PairRow.shorten(flag.text()))).append("</span></div>");
            }
            out.append("</td></tr>\n");
        }
        return out.append("</table>\n</body>\n</html>\n").toString();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "<td class=\"num%s\">%.1f%%</td>", share < 0.8 ? " low" : "", 100 * share);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
