/**
 * What {@code batch} and {@code pair} need beyond one alignment: pairing the documents of a folder
 * ({@link io.paralign.cli.batch.DocumentPairer}), reading a manifest, the summary of a run and its progress display.
 * No file is written here; the commands write, atomically.
 */
package io.paralign.cli.batch;
