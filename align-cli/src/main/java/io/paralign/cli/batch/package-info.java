/**
 * What {@code batch} and {@code pair} need beyond one alignment and align-core's document pairing
 * ({@link io.paralign.batch.DocumentPairer}): listing the files of a folder ({@link io.paralign.cli.batch.FolderFiles}),
 * reading and checking a manifest
 * ({@link io.paralign.cli.batch.Manifest}, {@link io.paralign.cli.batch.InputRoot} for the folder inputs must stay
 * in), naming report folders ({@link io.paralign.cli.batch.ReportFolders}), telling finished pairs from broken ones
 * on {@code --resume} ({@link io.paralign.cli.batch.StoredReport}), the summary of a run, its rows kept on disk while
 * it goes ({@link io.paralign.cli.batch.SummaryRows}), and its progress display ({@link io.paralign.cli.batch.Progress},
 * which shows the pairing's progress too). No output is written here: the commands write, atomically; the one file
 * written here is the rows' scratch file, which the command names and which is deleted at the end.
 */
package io.paralign.cli.batch;
