package io.paralign.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.paralign.diverge.FlagType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The summary of a run, one row: {@code pairs}, {@code aligned}, {@code failed}, {@code failures} (pairs per error
 * code, by code), {@code flags} (flags of each type over every pair, every type in order) and {@code coverage}: for
 * each side and measure ({@code characterShare}, {@code sentenceShare}) the exact quantiles of the aligned pairs'
 * values (Spark's {@code percentile}, interpolated between ranks; the shares are rounded to 3 decimals, so it holds
 * at most 1,001 distinct values whatever the number of pairs).
 */
final class SummaryTable {
    private static final double[] QUANTILES = {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1};
    private static final String[] QUANTILE_NAMES = {"min", "p10", "p25", "median", "p75", "p90", "max"};
    private static final String[] SIDES = {"source", "target"};
    private static final String[] MEASURES = {"characterShare", "sentenceShare"};

    static final StructType SCHEMA;

    static {
        List<StructField> quantiles = new ArrayList<>(List.of(field("side", StringType), field("measure", StringType)));
        for (String name : QUANTILE_NAMES) {
            quantiles.add(field(name, DoubleType));
        }
        SCHEMA = new StructType(new StructField[] {field("pairs", LongType), field("aligned", LongType),
                field("failed", LongType),
                field("failures", createArrayType(new StructType(new StructField[] {field("code", StringType),
                        field("pairs", LongType)}), false)),
                field("flags", createArrayType(new StructType(new StructField[] {field("type", StringType),
                        field("count", LongType)}), false)),
                field("coverage", createArrayType(new StructType(quantiles.toArray(StructField[]::new)), false))});
    }

    private SummaryTable() {
    }

    /** The summary of the pairs' table (as {@link PairRows#SCHEMA}). */
    static Row of(Dataset<Row> pairs) {
        List<Column> totals = new ArrayList<>(List.of(count(lit(1)), count(col("error_code"))));
        for (FlagType type : FlagType.values()) {
            totals.add(coalesce(sum(col("flag_counts." + type.name())), lit(0L)));
        }
        StringBuilder at = new StringBuilder();
        for (double q : QUANTILES) {
            at.append(at.isEmpty() ? "" : ", ").append(q);
        }
        for (String side : SIDES) {
            for (String measure : MEASURES) {
                totals.add(expr("percentile(coverage." + side + "." + measure + ", array(" + at + "))"));
            }
        }
        Row row = pairs.agg(totals.get(0), totals.subList(1, totals.size()).toArray(Column[]::new)).first();
        long all = row.getLong(0);
        long failed = row.getLong(1);
        // a Spark job of its own, run only when some pair failed
        List<Row> failures = failed == 0 ? List.of() : pairs.filter(col("error_code").isNotNull())
                .groupBy("error_code").count().orderBy("error_code").collectAsList().stream()
                .map(r -> RowFactory.create(r.getString(0), r.getLong(1))).toList();
        List<Row> flags = new ArrayList<>();
        int k = 2;
        for (FlagType type : FlagType.values()) {
            flags.add(RowFactory.create(type.name(), ((Number) row.get(k++)).longValue()));
        }
        List<Row> coverage = new ArrayList<>();
        for (String side : SIDES) {
            for (String measure : MEASURES) {
                Object[] values = new Object[2 + QUANTILES.length];
                values[0] = side;
                values[1] = measure;
                List<Double> found = row.isNullAt(k) ? null : row.getList(k);
                for (int q = 0; q < QUANTILES.length; q++) {
                    values[2 + q] = found == null ? null : found.get(q);
                }
                k++;
                coverage.add(RowFactory.create(values));
            }
        }
        return RowFactory.create(all, all - failed, failed, failures.toArray(), flags.toArray(), coverage.toArray());
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
