/**
 * The Spark shell: reads a table of document pairs, runs align-core's set-level two-pass alignment
 * ({@link io.paralign.batch.BatchAligner}) over it with Spark (pass one counts word pairs per partition, the counts
 * are merged and the lexicons broadcast; pass two aligns every pair with them), and writes one row per pair and a
 * summary. No alignment logic of its own: {@link io.paralign.spark.AlignJob} is the entry point.
 */
package io.paralign.spark;
