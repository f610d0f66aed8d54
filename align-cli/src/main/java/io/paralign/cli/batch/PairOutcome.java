package io.paralign.cli.batch;

import io.paralign.batch.Pairing;
import io.paralign.batch.PairedBy;

/**
 * What became of one pair of a batch: aligned ({@link PairRow}) or failed ({@link FailedPair}). A failed pair does
 * not stop the batch; the summary lists it with its reason.
 */
public sealed interface PairOutcome permits PairRow, FailedPair {
    /** Source file name as given. */
    String source();

    /** Target file name as given. */
    String target();

    /** The pair's report folder under the output, unique in the batch ({@link ReportFolders}). */
    String folder();

    /** Source language, BCP 47. */
    String sourceLanguage();

    /** Target language, BCP 47. */
    String targetLanguage();

    /** Pairing score (1 for manifest pairs). */
    double score();

    /** How the pair was made: a {@link PairedBy} code ({@code name}, {@code anchors}, ...). */
    String pairedBy();

    /** The summaries' status word: {@code paired} or {@code failed}. */
    String status();
}
