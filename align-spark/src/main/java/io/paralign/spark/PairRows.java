package io.paralign.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.paralign.batch.SetLexicons;
import io.paralign.diverge.FlagType;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output table, one row per pair: {@code id}, the languages as given ({@code source_lang}, {@code target_lang})
 * and as aligned ({@code source_language}, {@code target_language}: the detected one for {@code auto}),
 * {@code coverage}, {@code beads}, {@code flags} and {@code warnings} with the JSON report's field names, the number
 * of flags of each type ({@code flag_counts}), and for a pair that could not be aligned {@code error_code} and
 * {@code error_message} (then the alignment columns are null).
 */
final class PairRows {
    private static final int MAX_MESSAGE = 300;

    static final StructType COVERAGE_SIDE = struct(field("sentences", IntegerType),
            field("alignedSentences", IntegerType), field("sentenceShare", DoubleType), field("characters", IntegerType),
            field("alignedCharacters", IntegerType), field("characterShare", DoubleType));
    static final StructType COVERAGE = struct(field("source", COVERAGE_SIDE), field("target", COVERAGE_SIDE));
    static final StructType ANCHOR = struct(field("kind", StringType), field("source", StringType),
            field("target", StringType));
    static final StructType BEAD = struct(field("source", createArrayType(IntegerType, false)),
            field("target", createArrayType(IntegerType, false)), field("type", StringType),
            field("score", DoubleType), field("confidence", DoubleType),
            field("anchors", createArrayType(ANCHOR, false)));
    static final StructType FLAG = struct(field("type", StringType), field("side", StringType),
            field("paragraph", IntegerType), field("sentences", createArrayType(IntegerType, false)),
            field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("evidence", StringType), field("confidence", DoubleType));
    static final StructType WARNING = struct(field("code", StringType), field("message", StringType));
    static final StructType FLAG_COUNTS = struct(Arrays.stream(FlagType.values())
            .map(t -> field(t.name(), IntegerType)).toArray(StructField[]::new));
    /** The part of the JSON report the row holds, read by {@link JsonRows}. */
    private static final StructType REPORT = struct(field("coverage", COVERAGE),
            field("beads", createArrayType(BEAD, false)), field("flags", createArrayType(FLAG, false)),
            field("warnings", createArrayType(WARNING, false)));

    static final StructType SCHEMA = struct(field("id", StringType), field("source_lang", StringType),
            field("target_lang", StringType), field("source_language", StringType),
            field("target_language", StringType), field("coverage", COVERAGE), field("flag_counts", FLAG_COUNTS),
            field("beads", createArrayType(BEAD, false)), field("flags", createArrayType(FLAG, false)),
            field("warnings", createArrayType(WARNING, false)), field("error_code", StringType),
            field("error_message", StringType));

    private PairRows() {
    }

    /** The pair aligned with its language pair's word pairs, or the row of its failure. */
    static Row of(TablePair pair, TableAligner aligner, SetLexicons lexicons) {
        AlignmentResult result;
        try {
            result = aligner.align(pair, lexicons.of(aligner.languages(pair)));
        } catch (RuntimeException e) {
            return failed(pair, ErrorCode.of(e), e.getMessage());
        }
        return aligned(pair, result);
    }

    static Row aligned(TablePair pair, AlignmentResult result) {
        ObjectNode report = JsonReport.tree(result);
        Row parts = JsonRows.row(report, REPORT);
        Object[] counts = new Object[FlagType.values().length];
        Arrays.fill(counts, 0);
        result.flags().forEach(f -> counts[f.type().ordinal()] = (Integer) counts[f.type().ordinal()] + 1);
        return RowFactory.create(pair.id(), pair.sourceLang(), pair.targetLang(), language(report.get("source")),
                language(report.get("target")), parts.get(0), RowFactory.create(counts), parts.get(1), parts.get(2),
                parts.get(3), null, null);
    }

    static Row failed(TablePair pair, ErrorCode code, String message) {
        return RowFactory.create(pair.id(), pair.sourceLang(), pair.targetLang(), null, null, null, null, null, null,
                null, code.name(), oneLine(message));
    }

    private static String language(JsonNode side) {
        return side.get("language").asString();
    }

    /** The message on one line, at most {@value #MAX_MESSAGE} characters (it may quote the text it refused). */
    static String oneLine(String message) {
        String line = message == null ? "" : message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
