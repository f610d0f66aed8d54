/**
 * Text a translation may leave out without losing content, recognised on one document alone: publisher boilerplate
 * ({@link io.paralign.expendable.BoilerplateRule}) and repeats, compared by their
 * {@link io.paralign.expendable.RepeatKeys repeat keys}. Scoring reads {@link io.paralign.expendable.ExpendableSentences}
 * to make leaving such sentences unmatched cheap; the divergence detectors read the same rules to name what they
 * flag. It sits right below {@code segment} and uses only the model, so neither {@code score} nor {@code pipeline}
 * needs the detectors for it.
 *
 * <p>Internal: read by scoring, the detectors and the pipeline.
 */
package io.paralign.expendable;
