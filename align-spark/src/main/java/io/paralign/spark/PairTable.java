package io.paralign.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The input table of pairs: JSON Lines, Parquet or CSV (with a header) with the columns {@code id},
 * {@code source_lang}, {@code target_lang}, and either {@code source} and {@code target} (inline texts) or
 * {@code source_path} and {@code target_path}. Any other column, a missing one, a table with both kinds of text
 * columns, a missing or duplicated id are refused as a whole ({@link BadInputException}); a bad value in one row
 * fails that row only.
 */
final class PairTable {
    static final List<String> FORMATS = List.of("json", "parquet", "csv");
    private static final List<String> LANGUAGES = List.of("id", "source_lang", "target_lang");
    private static final List<String> INLINE = List.of("source", "target");
    private static final List<String> PATHS = List.of("source_path", "target_path");
    /** Where Spark's JSON and CSV readers put a line they cannot parse. */
    private static final String CORRUPT = "_corrupt_record";

    private PairTable() {
    }

    /** The table's rows as pairs, in the table's order; checks its columns and ids first. */
    static JavaRDD<TablePair> read(SparkSession spark, String input, String format) {
        Dataset<Row> table = load(spark, input, format);
        Set<String> columns = new TreeSet<>(Arrays.asList(table.columns()));
        if (columns.contains(CORRUPT)) {
            throw new BadInputException(input + ": some lines are not " + format + " records");
        }
        boolean inline = columns.containsAll(INLINE);
        boolean paths = columns.containsAll(PATHS);
        List<String> missing = new ArrayList<>(LANGUAGES.stream().filter(c -> !columns.contains(c)).toList());
        if (!inline && !paths) {
            missing.addAll((columns.contains("source_path") || columns.contains("target_path") ? PATHS : INLINE)
                    .stream().filter(c -> !columns.contains(c)).toList());
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(input + ": missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (has " + String.join(", ", columns) + "); need id, "
                    + "source_lang, target_lang and either source, target or source_path, target_path");
        }
        if (inline && paths) {
            throw new BadInputException(input + ": both source, target and source_path, target_path columns; give "
                    + "the texts inline or by path, not both");
        }
        Set<String> unknown = new TreeSet<>(columns);
        LANGUAGES.forEach(unknown::remove);
        (inline ? INLINE : PATHS).forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new BadInputException(input + ": unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; the columns are id, source_lang, target_lang and either source, "
                    + "target or source_path, target_path");
        }
        Dataset<Row> pairs = table.select(text(table, "id"), text(table, "source_lang"), text(table, "target_lang"),
                inline ? text(table, "source") : none("source"), inline ? text(table, "target") : none("target"),
                paths ? text(table, "source_path") : none("source_path"),
                paths ? text(table, "target_path") : none("target_path"));
        checkIds(input, pairs);
        return pairs.javaRDD().map(r -> new TablePair(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6)));
    }

    private static Dataset<Row> load(SparkSession spark, String input, String format) {
        try {
            return switch (format) {
                case "json" -> spark.read().json(input);
                // quoted fields may hold line breaks (inline texts)
                case "csv" -> spark.read().option("header", true).option("multiLine", true).option("escape", "\"")
                        .csv(input);
                case "parquet" -> spark.read().parquet(input);
                default -> throw new BadInputException("unknown input format " + format + "; use one of " + FORMATS);
            };
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) { // Spark's AnalysisException (checked, undeclared): the path or the file is bad
            throw new BadInputException(input + " cannot be read as " + format + ": "
                    + PairRows.oneLine(e.getMessage()));
        }
    }

    /**
     * Ids name the output rows, which are sorted by them: every row needs one, and only one row may have it. One
     * aggregation answers both (rows without an id are the group of the null id, which sorts first), so the check
     * costs one Spark job, not two.
     */
    private static void checkIds(String input, Dataset<Row> pairs) {
        List<Row> wrong = pairs.groupBy("id").count().filter(col("id").isNull().or(col("count").gt(1)))
                .orderBy(col("id").asc_nulls_first()).limit(4).collectAsList();
        if (!wrong.isEmpty() && wrong.get(0).isNullAt(0)) {
            long noId = wrong.get(0).getLong(1);
            throw new BadInputException(input + ": " + noId + (noId == 1 ? " row has" : " rows have") + " no id");
        }
        List<Row> repeated = wrong.stream().limit(3).toList();
        if (!repeated.isEmpty()) {
            throw new BadInputException(input + ": ids must be unique; repeated: " + String.join(", ",
                    repeated.stream().map(r -> r.getString(0) + " (" + r.getLong(1) + " rows)").toList()));
        }
    }

    private static Column text(Dataset<Row> table, String name) {
        return table.col(name).cast("string").as(name);
    }

    private static Column none(String name) {
        return lit(null).cast("string").as(name);
    }
}
