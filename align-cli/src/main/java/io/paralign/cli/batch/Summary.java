package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.paralign.report.JsonReport;
import io.paralign.report.SpreadsheetCells;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The summary of a batch in three forms: {@code summary.json} ({@code pairs} and {@code unpaired}),
 * {@code summary.csv} (one row per pair, then one per unpaired document) and {@code summary.html}. A pair has the
 * status {@code paired} or {@code failed}; a failed pair carries its reason instead of counts.
 */
public final class Summary {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private final List<PairOutcome> pairs;
    private final List<UnpairedRow> unpaired;
    private final String lexicon;

    public Summary(List<PairOutcome> pairs, List<UnpairedRow> unpaired) {
        this(pairs, unpaired, null);
    }

    private Summary(List<PairOutcome> pairs, List<UnpairedRow> unpaired, String lexicon) {
        this.pairs = List.copyOf(pairs);
        this.unpaired = List.copyOf(unpaired);
        this.lexicon = lexicon;
    }

    /** The same summary recording where word pairs were learned: {@code set} or {@code document} (JSON {@code lexicon}). */
    public Summary lexicon(String scope) {
        return new Summary(pairs, unpaired, scope);
    }

    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        if (lexicon != null) {
            root.put("lexicon", lexicon);
        }
        ArrayNode pairArray = root.putArray("pairs");
        for (PairOutcome outcome : pairs) {
            ObjectNode pair = pairArray.addObject();
            pair.put("source", outcome.source());
            pair.put("target", outcome.target());
            pair.put("status", outcome.status());
            pair.put("folder", outcome.folder());
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
            for (Flag flag : row.flags()) {
                // as the JSON report writes a flag, less what a document alone needs not say: its side, its sentences
                ObjectNode node = JsonReport.flag(flag);
                node.remove(List.of("side", "sentences"));
                flags.add(node);
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

    /**
     * One row per pair, then one per unpaired document, written with Jackson's CSV module (fields quoted only when
     * they must be). Every cell goes through {@link SpreadsheetCells}: a file name or a reason starting with
     * {@code =} is not run as a formula.
     */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("status", "source", "target", "source_lang", "target_lang",
                "paired_by", "pairing_score", "source_paragraphs", "source_sentences", "target_paragraphs",
                "target_sentences", "source_sentence_coverage", "source_character_coverage", "target_sentence_coverage",
                "target_character_coverage"));
        for (FlagType type : FlagType.values()) {
            header.add(type.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("worst_flags", "reason"));
        rows.add(header);
        for (PairOutcome outcome : pairs) {
            List<String> row = new ArrayList<>(List.of(outcome.status(), outcome.source(), outcome.target(),
                    outcome.sourceLanguage(), outcome.targetLanguage(), outcome.pairedBy(),
                    String.format(Locale.ROOT, "%.3f", outcome.score())));
            if (outcome instanceof PairRow paired) {
                PairRow.SideRow s = paired.sourceSide();
                PairRow.SideRow t = paired.targetSide();
                row.addAll(List.of("" + s.paragraphs(), "" + s.sentences(), "" + t.paragraphs(), "" + t.sentences(),
                        share(s.sentenceCoverage()), share(s.characterCoverage()), share(t.sentenceCoverage()),
                        share(t.characterCoverage())));
                for (FlagType type : FlagType.values()) {
                    row.add("" + paired.flagCounts().getOrDefault(type.name(), 0));
                }
                row.add(paired.worstFlags().stream().map(PairRow.Flag::line).collect(Collectors.joining(" | ")));
                row.add("");
            } else if (outcome instanceof FailedPair failed) {
                // no counts for a failed pair: empty cells, not zeros
                row.addAll(Collections.nCopies(8 + FlagType.values().length + 1, ""));
                row.add(failed.reason());
            }
            rows.add(row);
        }
        for (UnpairedRow document : unpaired) {
            List<String> row = new ArrayList<>(List.of("unpaired", document.file(), "", document.language(), "", "", "",
                    "" + document.paragraphs(), "" + document.sentences(), "", "", "", "", "", ""));
            Map<FlagType, Long> counts = counts(document.flags());
            for (FlagType type : FlagType.values()) {
                row.add("" + counts.getOrDefault(type, 0L));
            }
            row.add(document.flags().stream().limit(PairRow.WORST)
                    .map(f -> f.type().name() + ": " + PairRow.shorten(f.text())).collect(Collectors.joining(" | ")));
            row.add(document.warning() == null ? "" : document.warning());
            rows.add(row);
        }
        List<List<String>> cells = rows.stream()
                .map(row -> row.stream().map(SpreadsheetCells::neutralise).toList()).toList();
        return CSV.writer(CsvSchema.emptySchema()).writeValueAsString(cells);
    }

    private static Map<FlagType, Long> counts(List<Flag> flags) {
        return flags.stream().collect(Collectors.groupingBy(Flag::type, Collectors.counting()));
    }

    private static String share(double share) {
        return String.format(Locale.ROOT, "%.3f", share);
    }

    /** The summary page, each pair linking to the report it has ({@link ReportFiles#linked}). */
    public String html(ReportFiles files) {
        return SummaryPage.render(pairs, unpaired, files.linked());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
