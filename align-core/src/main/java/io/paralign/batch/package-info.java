/**
 * The set-level two-pass run shared by every shell that aligns many pairs (the CLI's {@code batch} and
 * {@code evaluate}, the HTTP service, a Spark job): {@link io.paralign.batch.BatchAligner} aligns every pair once,
 * counts the word pairs its confident beads teach per language pair, learns one lexicon per language pair and aligns
 * every pair again with it (hunalign's realign idea over a whole set; Varga et al. 2005). No files and no threads of
 * its own: pairs come through an iterable and a callback, work runs on the caller's executor.
 *
 * <p>Before it, when a shell is handed a set of documents rather than pairs, {@link io.paralign.batch.DocumentPairer}
 * finds which documents are translations of each other, from their names and the anchors they share, and returns a
 * {@link io.paralign.batch.Pairing}: pairs best first, the documents left unpaired and why. Documents are plain values
 * ({@link io.paralign.batch.InputDocument}: a name, a language, a {@link io.paralign.batch.TextSource} the caller
 * supplies); progress goes to a {@link io.paralign.batch.PairingProgress} the caller supplies, and nothing is
 * printed.
 *
 * <p>Exported: the entry point for many pairs.
 */
package io.paralign.batch;
