/**
 * The set-level two-pass run shared by every shell that aligns many pairs (the CLI's {@code batch} and
 * {@code evaluate}, the HTTP service, a Spark job): {@link io.paralign.batch.BatchAligner} aligns every pair once,
 * counts the word pairs its confident beads teach per language pair, learns one lexicon per language pair and aligns
 * every pair again with it (hunalign's realign idea over a whole set; Varga et al. 2005). No files and no threads of
 * its own: pairs come through an iterable and a callback, work runs on the caller's executor.
 */
package io.paralign.batch;
