/**
 * Text normalization for comparison: {@link io.paralign.normalize.Normalizer} and its implementations.
 *
 * <p>{@link io.paralign.normalize.TextNormalizer} is the standard form used everywhere (NFKC with case folding,
 * Arabic marks, letter variants and digits folded, quotes unified); {@link io.paralign.normalize.AccentFolder}
 * additionally folds Latin accents for fuzzy matching. Normalized text is for comparison only: offsets always
 * refer to the original text.
 *
 * <p>Internal: read by anchors, scoring and the pipeline.
 */
package io.paralign.normalize;
