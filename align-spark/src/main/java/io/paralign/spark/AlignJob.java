package io.paralign.spark;

import io.paralign.batch.BatchAligner;
import io.paralign.batch.SetCounts;
import io.paralign.batch.SetLexicons;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The job: reads the table of pairs, runs the set-level two-pass alignment of {@link BatchAligner} over it and writes
 * one row per pair, sorted by id, and a summary. Pass one counts the word pairs each partition's pairs teach
 * ({@link BatchAligner#count}); the counts are merged (in any order: the merge is commutative) and one lexicon per
 * language pair is learned on the driver and broadcast; pass two aligns every pair with its language pair's lexicon.
 * A pair that cannot be aligned gets a row with its error; the job goes on.
 *
 * <p>Exit codes: 0 when the tables are written (failed pairs included: see the summary), 2 for bad input or options
 * (one line on standard error), 1 when the job itself fails.
 */
public final class AlignJob {
    /**
     * Partitions per core by default, at least: a table in one file (a CSV with line breaks in its fields is read as
     * one partition) would otherwise be aligned on one core, and pairs differ in size, so a core that finishes early
     * takes another partition.
     */
    private static final int SPREAD = 8;

    private AlignJob() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Parses the options, starts Spark ({@code local[*]} unless spark-submit or {@code --master} says otherwise), runs. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (BadInputException e) {
            err.println("align-spark: " + e.getMessage());
            err.println(JobOptions.USAGE);
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("paralign align-spark");
        SparkConf given = new SparkConf(); // spark-submit's settings, or -Dspark.* properties
        String master = options.master() != null ? options.master() : given.get("spark.master", "local[*]");
        builder.master(master);
        if (master.startsWith("local") && !given.contains("spark.ui.enabled")) {
            builder.config("spark.ui.enabled", false); // a web UI for a job on one machine only costs CPU
        }
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, options, out, err);
        } finally {
            spark.stop();
        }
    }

    /** Runs on a session the caller owns. */
    static int run(SparkSession spark, JobOptions options, PrintStream out, PrintStream err) {
        try {
            long start = System.nanoTime();
            Row summary = align(spark, options);
            out.printf(Locale.ROOT, "%d pairs, %d failed; tables in %s (%.1f s from reading the table to the "
                    + "summary)%n", summary.getLong(0), summary.getLong(2), options.output(),
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (BadInputException e) {
            err.println("align-spark: " + e.getMessage());
            return 2;
        } catch (Exception e) { // Spark throws checked exceptions it does not declare (AnalysisException)
            err.println("align-spark: failed: " + PairRows.oneLine(e.getClass().getSimpleName() + ": "
                    + e.getMessage()));
            return 1;
        }
    }

    /** Both passes and the tables; returns the summary row ({@link SummaryTable#SCHEMA}). */
    static Row align(SparkSession spark, JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String pairsOut = options.output() + "/pairs";
        refuseExisting(context, pairsOut);
        JavaRDD<TablePair> table = PairTable.read(spark, options.input(), options.format());
        // sorted by id before either pass, so that the rows come out in order with no sort of aligned rows (a sort
        // samples its input: it would align every pair twice); both passes read this shuffle's output
        JavaRDD<TablePair> pairs = table.sortBy(TablePair::id, true, options.partitions() > 0 ? options.partitions()
                : Math.max(table.getNumPartitions(), SPREAD * context.defaultParallelism()));
        TableAligner aligner = new TableAligner(new HadoopTexts(context.hadoopConfiguration(), options.maxBytes()),
                options.preSegmented());
        int maxEntries = options.maxEntries();

        // pass one: each partition's counts, merged two levels deep (on the executors, then on the driver)
        JavaRDD<SetCounts> parts = pairs.mapPartitions(
                it -> List.of(new BatchAligner(TableAligner.PIPELINE, maxEntries).count(it, aligner)).iterator());
        SetCounts counts = parts.getNumPartitions() == 0 ? new SetCounts(maxEntries) : parts.treeReduce(SetCounts::merge);
        Broadcast<SetLexicons> lexicons = context.broadcast(counts.learn(TableAligner.PIPELINE));

        // pass two: every pair with its language pair's lexicon
        JavaRDD<Row> rows = pairs.map(pair -> PairRows.of(pair, aligner, lexicons.value()));
        spark.createDataFrame(rows, PairRows.SCHEMA).write().parquet(pairsOut);

        Dataset<Row> written = spark.read().schema(PairRows.SCHEMA).parquet(pairsOut);
        if (options.jsonLines()) {
            written.orderBy("id").write().json(options.output() + "/pairs-jsonl");
        }
        Row summary = SummaryTable.of(written);
        Dataset<Row> summaryTable = spark.createDataFrame(List.of(summary), SummaryTable.SCHEMA).coalesce(1);
        summaryTable.write().parquet(options.output() + "/summary");
        if (options.jsonLines()) {
            summaryTable.write().json(options.output() + "/summary-jsonl");
        }
        lexicons.destroy();
        return summary;
    }

    private static void refuseExisting(JavaSparkContext context, String folder) {
        Path path = new Path(folder);
        try {
            if (path.getFileSystem(context.hadoopConfiguration()).exists(path)) {
                throw new BadInputException(folder + " exists already: remove it or choose another --out");
            }
        } catch (IOException e) {
            throw new BadInputException(folder + " cannot be checked: " + e.getMessage());
        }
    }
}
