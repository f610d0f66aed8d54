/**
 * The one place where the stages are composed: {@link io.paralign.pipeline.AlignmentPipeline} segments, extracts
 * anchors and stems, aligns in two passes and runs the divergence detectors. Shells (CLI, HTTP, Spark) call this and {@code io.paralign.batch}.
 *
 * <p>Exported: the entry point, its options and its result.
 */
package io.paralign.pipeline;
