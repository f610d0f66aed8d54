package io.paralign.cli.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.paralign.report.Decimals;
import io.paralign.report.JsonReport;
import io.paralign.report.SpreadsheetCells;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
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
    // the summaries are written to a stream the caller owns and closes
    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Iterable<PairOutcome> pairs;
    private final List<UnpairedRow> unpaired;
    private final String lexicon;

    /**
     * @param pairs    every pair's row in the batch's order; iterated once per form written, so it may be read from
     *                 disk each time ({@link SummaryRows})
     * @param unpaired every document with no counterpart
     */
    public Summary(Iterable<PairOutcome> pairs, List<UnpairedRow> unpaired) {
        this(pairs, unpaired, null);
    }

    private Summary(Iterable<PairOutcome> pairs, List<UnpairedRow> unpaired, String lexicon) {
        this.pairs = pairs;
        this.unpaired = List.copyOf(unpaired);
        this.lexicon = lexicon;
    }

    /** The same summary recording where word pairs were learned: {@code set} or {@code document} (JSON {@code lexicon}). */
    public Summary lexicon(String scope) {
        return new Summary(pairs, unpaired, scope);
    }

    /** {@code summary.json}, pretty-printed, written a pair at a time. */
    public void json(OutputStream out) throws IOException {
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            if (lexicon != null) {
                json.writeStringProperty("lexicon", lexicon);
            }
            json.writeArrayPropertyStart("pairs");
            for (PairOutcome outcome : pairs) {
                json.writeTree(pair(outcome));
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("unpaired");
            for (UnpairedRow row : unpaired) {
                json.writeTree(unpaired(row));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JacksonException e) {
            throw failed(e);
        }
        out.write('\n');
    }

    private static ObjectNode pair(PairOutcome outcome) {
        ObjectNode pair = MAPPER.createObjectNode();
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
        return pair;
    }

    private static ObjectNode unpaired(UnpairedRow row) {
        ObjectNode document = MAPPER.createObjectNode();
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
        return document;
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
     * One row per pair, then one per unpaired document, written a row at a time with Jackson's CSV module (fields
     * quoted only when they must be). Every cell goes through {@link SpreadsheetCells}: a file name or a reason
     * starting with {@code =} is not run as a formula.
     */
    public void csv(OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(List.of("status", "source", "target", "source_lang", "target_lang",
                "paired_by", "pairing_score", "source_paragraphs", "source_sentences", "target_paragraphs",
                "target_sentences", "source_sentence_coverage", "source_character_coverage", "target_sentence_coverage",
                "target_character_coverage"));
        for (FlagType type : FlagType.values()) {
            header.add(type.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("worst_flags", "reason"));
        try (SequenceWriter rows = CSV.writer(CsvSchema.emptySchema()).writeValues(out)) {
            rows.write(cells(header));
            for (PairOutcome outcome : pairs) {
                rows.write(cells(row(outcome)));
            }
            for (UnpairedRow document : unpaired) {
                rows.write(cells(row(document)));
            }
        } catch (JacksonException e) {
            throw failed(e);
        }
    }

    private static List<String> row(PairOutcome outcome) {
        List<String> row = new ArrayList<>(List.of(outcome.status(), outcome.source(), outcome.target(),
                outcome.sourceLanguage(), outcome.targetLanguage(), outcome.pairedBy(),
                Decimals.fixed(outcome.score(), 3)));
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
        return row;
    }

    private static List<String> row(UnpairedRow document) {
        List<String> row = new ArrayList<>(List.of("unpaired", document.file(), "", document.language(), "", "", "",
                "" + document.paragraphs(), "" + document.sentences(), "", "", "", "", "", ""));
        Map<FlagType, Long> counts = counts(document.flags());
        for (FlagType type : FlagType.values()) {
            row.add("" + counts.getOrDefault(type, 0L));
        }
        row.add(document.flags().stream().limit(PairRow.WORST)
                .map(f -> f.type().name() + ": " + PairRow.shorten(f.text())).collect(Collectors.joining(" | ")));
        row.add(document.warning() == null ? "" : document.warning());
        return row;
    }

    private static List<String> cells(List<String> row) {
        return row.stream().map(SpreadsheetCells::neutralise).toList();
    }

    private static Map<FlagType, Long> counts(List<Flag> flags) {
        return flags.stream().collect(Collectors.groupingBy(Flag::type, Collectors.counting()));
    }

    private static String share(double share) {
        return Decimals.fixed(share, 3);
    }

    /** The summary page, each pair linking to the report it has ({@link ReportFiles#linked}). */
    public void html(OutputStream out, ReportFiles files) throws IOException {
        SummaryPage.render(pairs, unpaired, files.linked(), out);
    }

    /** The stream's own failure when Jackson wraps one; otherwise the failure as an {@link IOException}. */
    private static IOException failed(JacksonException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
