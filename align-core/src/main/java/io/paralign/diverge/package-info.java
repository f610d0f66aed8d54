/**
 * Flag detection over an alignment, one detector per finding, as LanguageTool keeps one rule per error: each
 * {@code FlagDetector} returns flags of its one
 * {@link io.paralign.diverge.FlagType} (stable codes) and ships its own must-flag and must-not-flag
 * {@code DetectorExample examples}. {@link io.paralign.diverge.Detectors} is the closed registry,
 * keyed by type, that options select from; {@link io.paralign.diverge.FlagFinder} runs the selected detectors and
 * resolves overlaps.
 *
 * <p>Four detectors read the same runs of unmatched sentences ({@code UnmatchedRun}), each taking the runs of its
 * kind: boilerplate, an unmatched heading, untranslated text, else an omission (one detector per side). The
 * others read matched beads (anchors on one side only, a length ratio far off) or one side alone (duplicated
 * blocks). What counts as boilerplate or a repeat is decided below, in {@code io.paralign.expendable}, where scoring
 * reads it too.
 *
 * <p>Exported for the findings ({@link io.paralign.diverge.Flag}, called a flag in the JSON and the
 * CLI, its {@link io.paralign.diverge.FlagType} and the selection by code); the detectors are package-private
 * and {@link io.paralign.diverge.AlignedPair} is the pipeline's input to them.
 */
package io.paralign.diverge;
