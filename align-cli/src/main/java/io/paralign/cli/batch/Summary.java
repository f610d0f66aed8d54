package io.paralign.cli.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.paralign.diverge.Divergence;
import io.paralign.diverge.DivergenceType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The summary of a batch in three forms: {@code summary.json} ({@code pairs} and {@code unpaired}),
 * {@code summary.csv} (one row per pair, then one per unpaired document) and {@code summary.html}. A pair has the
 * status {@code paired} or {@code failed}; a failed pair carries its reason instead of counts.
 */
public final class Summary {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final List<PairOutcome> pairs;
    private final List<UnpairedRow> unpaired;

    public Summary(List<PairOutcome> pairs, List<UnpairedRow> unpaired) {
        this.pairs = List.copyOf(pairs);
        this.unpaired = List.copyOf(unpaired);
    }

    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode pairArray = root.putArray("pairs");
        for (PairOutcome outcome : pairs) {
            ObjectNode pair = pairArray.addObject();
            pair.put("source", outcome.source());
            pair.put("target", outcome.target());
            pair.put("status", outcome.status());
            if (outcome instanceof PairRow row) {
                pair.put("report", row.folder() + "/report.json");
            } else if (outcome instanceof FailedPair failed) {
                pair.put("reason", failed.reason());
            }
            pair.put("pairingScore", round(outcome.score()));
            pair.put("pairedBy", outcome.pairedBy());
            ObjectNode languages = pair.putObject("languages");
            languages.put("source", outcome.sourceLanguage());
            languages.put("target", outcome.targetLanguage());
            if (outcome instanceof PairRow row) {
                paired(pair, row);
            }
        }
        ArrayNode unpairedArray = root.putArray("unpaired");
        for (UnpairedRow row : unpaired) {
            ObjectNode document = unpairedArray.addObject();
            document.put("file", row.file());
            document.put("language", row.language());
            document.put("paragraphs", row.paragraphs());
            document.put("sentences", row.sentences());
            if (row.nameMate() != null) {
                document.put("nameMate", row.nameMate());
                document.put("warning", row.warning());
            }
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

    private static void paired(ObjectNode pair, PairRow row) {
        side(pair.putObject("sourceSide"), row.sourceSide());
        side(pair.putObject("targetSide"), row.targetSide());
        ObjectNode coverage = pair.putObject("coverage");
        coverage(coverage.putObject("source"), row.sourceSide());
        coverage(coverage.putObject("target"), row.targetSide());
        ObjectNode counts = pair.putObject("flags");
        row.flagCounts().forEach(counts::put);
        ArrayNode worst = pair.putArray("worstFlags");
        row.worstFlags().forEach(f -> worst.add(f.line()));
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
        StringBuilder out = new StringBuilder("status,source,target,source_lang,target_lang,paired_by,pairing_score,"
                + "source_paragraphs,source_sentences,target_paragraphs,target_sentences,"
                + "source_sentence_coverage,source_character_coverage,target_sentence_coverage,"
                + "target_character_coverage");
        for (DivergenceType type : DivergenceType.values()) {
            out.append(',').append(type.name().toLowerCase(Locale.ROOT));
        }
        out.append(",worst_flags,reason\n");
        for (PairOutcome outcome : pairs) {
            out.append(String.join(",", outcome.status(), csv(outcome.source()), csv(outcome.target()),
                    csv(outcome.sourceLanguage()), csv(outcome.targetLanguage()), outcome.pairedBy(),
                    String.format(Locale.ROOT, "%.3f", outcome.score())));
            if (outcome instanceof PairRow row) {
                PairRow.SideRow s = row.sourceSide();
                PairRow.SideRow t = row.targetSide();
                out.append(',').append(String.join(",", "" + s.paragraphs(), "" + s.sentences(),
                        "" + t.paragraphs(), "" + t.sentences(), share(s.sentenceCoverage()),
                        share(s.characterCoverage()), share(t.sentenceCoverage()), share(t.characterCoverage())));
                for (DivergenceType type : DivergenceType.values()) {
                    out.append(',').append(row.flagCounts().getOrDefault(type.name(), 0));
                }
                out.append(',').append(csv(row.worstFlags().stream().map(PairRow.Flag::line)
                        .collect(Collectors.joining(" | ")))).append(",\n");
            } else if (outcome instanceof FailedPair failed) {
                // no counts for a failed pair: empty cells, not zeros
                out.append(",".repeat(8 + DivergenceType.values().length + 1)).append(',')
                        .append(csv(failed.reason())).append('\n');
            }
        }
        for (UnpairedRow row : unpaired) {
            out.append(String.join(",", "unpaired", csv(row.file()), "", csv(row.language()), "", "", "",
                    "" + row.paragraphs(), "" + row.sentences(), "", "", "", "", "", ""));
            Map<DivergenceType, Long> counts = counts(row.flags());
            for (DivergenceType type : DivergenceType.values()) {
                out.append(',').append(counts.getOrDefault(type, 0L));
            }
            out.append(',').append(csv(row.flags().stream().limit(PairRow.WORST)
                    .map(f -> f.type().name() + ": " + PairRow.shorten(f.text()))
                    .collect(Collectors.joining(" | ")))).append(',')
                    .append(row.warning() == null ? "" : csv(row.warning())).append('\n');
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
        return SummaryPage.render(pairs, unpaired);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
