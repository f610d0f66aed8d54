/**
 * The one place where the stages are composed: {@link io.paralign.pipeline.AlignmentPipeline} segments, extracts
 * anchors and stems, aligns in two passes and runs the divergence detectors. Shells (CLI, HTTP) call only this.
 */
package io.paralign.pipeline;
