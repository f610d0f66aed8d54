/**
 * What {@code batch} and {@code pair} need beyond one alignment: pairing the documents of a folder
 * ({@link io.paralign.cli.batch.DocumentPairer}), reading and checking a manifest
 * ({@link io.paralign.cli.batch.Manifest}, {@link io.paralign.cli.batch.InputRoot} for the folder inputs must stay
 * in), naming report folders ({@link io.paralign.cli.batch.ReportFolders}), telling finished pairs from broken ones
 * on {@code --resume} ({@link io.paralign.cli.batch.StoredReport}), the summary of a run and its progress display.
 * No file is written here; the commands write, atomically.
 */
package io.paralign.cli.batch;
