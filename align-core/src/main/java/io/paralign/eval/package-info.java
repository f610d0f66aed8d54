/**
 * Evaluation of sentence alignments against gold alignments.
 *
 * <p>Alignments are read and written in the bead format of Vecalign and Bertalign, one bead a
 * line: {@code [0,1]:[2]} (sentence ids of the source and of the target, 0-based; either side may
 * be empty), or in hunalign's ladder format, one rung a line ({@code 2 2 0.8}: the first 2 source
 * sentences match the first 2 target ones). {@link io.paralign.eval.BeadFormat} and {@link
 * io.paralign.eval.LadderFormat} read and write them, {@link io.paralign.eval.BeadFiles} reads either, {@link
 * io.paralign.eval.AlignmentScorer} computes strict and lax precision, recall and F1 as Vecalign's
 * {@code score.py} defines them (B. Thompson and P. Koehn, "Vecalign: Improved Sentence Alignment
 * in Linear Time and Space", EMNLP 2019), plus the precision and recall of the sentences left
 * unmatched, on which omission detection rests.
 *
 * <p>Exported: the CLI's {@code score} and {@code evaluate} commands and a library user score with it.
 */
package io.paralign.eval;
