package io.paralign.spark;

import io.paralign.score.WordPairCounts;
import java.util.List;
import java.util.Locale;

/**
 * The job's options, each with its default here.
 *
 * @param input        the table of pairs (a file or a folder, any Hadoop file system)
 * @param format       {@code json} (JSON Lines), {@code parquet} or {@code csv}; by default from the input's extension
 * @param output       the output folder: {@code pairs/} and {@code summary/} (Parquet), and with {@code --jsonl}
 *                     {@code pairs-jsonl/} and {@code summary-jsonl/}
 * @param jsonLines    also write the tables as JSON Lines
 * @param partitions   partitions to align in (0: as many as the input has, and at least 8 per core)
 * @param maxBytes     a text over this many bytes of UTF-8 is refused (its row says {@code TOO_LARGE})
 * @param maxEntries   cap of each language pair's word-pair counts ({@link WordPairCounts})
 * @param preSegmented texts hold one sentence a line, a blank line between paragraphs
 * @param master       Spark master; null: spark-submit's, or {@code local[*]} when run with {@code java -jar}
 */
record JobOptions(String input, String format, String output, boolean jsonLines, int partitions, long maxBytes,
                  int maxEntries, boolean preSegmented, String master) {
    /** As the CLI's {@code --max-bytes}: 5 MB. */
    static final long DEFAULT_MAX_BYTES = 5_000_000;

    static final String USAGE = """
            usage: align-spark INPUT --out DIR [--format json|parquet|csv] [--jsonl] [--partitions N]
                                     [--max-bytes N] [--max-entries N] [--pre-segmented] [--master URL]""";

    static JobOptions parse(String... args) {
        String input = null;
        String format = null;
        String output = null;
        boolean jsonLines = false;
        int partitions = 0;
        long maxBytes = DEFAULT_MAX_BYTES;
        int maxEntries = WordPairCounts.DEFAULT_MAX_ENTRIES;
        boolean preSegmented = false;
        String master = null;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            switch (arg) {
                case "--out" -> output = value(args, ++k, arg);
                case "--format" -> format = value(args, ++k, arg);
                case "--jsonl" -> jsonLines = true;
                case "--partitions" -> partitions = (int) number(value(args, ++k, arg), arg, 1);
                case "--max-bytes" -> maxBytes = number(value(args, ++k, arg), arg, 1);
                case "--max-entries" -> maxEntries = (int) number(value(args, ++k, arg), arg, 1);
                case "--pre-segmented" -> preSegmented = true;
                case "--master" -> master = value(args, ++k, arg);
                default -> {
                    if (arg.startsWith("-") || input != null) {
                        throw new BadInputException("unknown argument " + arg);
                    }
                    input = arg;
                }
            }
        }
        if (input == null || output == null) {
            throw new BadInputException("give the input table and --out DIR");
        }
        format = format != null ? format.toLowerCase(Locale.ROOT) : formatOf(input);
        if (!PairTable.FORMATS.contains(format)) {
            throw new BadInputException("unknown format " + format + "; use one of " + PairTable.FORMATS);
        }
        return new JobOptions(input, format, output, jsonLines, partitions, maxBytes, maxEntries, preSegmented,
                master);
    }

    /** json for .json, .jsonl and .ndjson, csv for .csv, otherwise parquet (a folder written by Spark). */
    static String formatOf(String input) {
        String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        for (String json : List.of(".json", ".jsonl", ".ndjson")) {
            if (name.endsWith(json)) {
                return "json";
            }
        }
        return name.endsWith(".csv") ? "csv" : "parquet";
    }

    private static String value(String[] args, int k, String option) {
        if (k >= args.length) {
            throw new BadInputException(option + " needs a value");
        }
        return args[k];
    }

    private static long number(String value, String option, long min) {
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= Integer.MAX_VALUE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInputException(option + " must be a whole number from " + min + " to " + Integer.MAX_VALUE
                + ", not " + value);
    }
}
