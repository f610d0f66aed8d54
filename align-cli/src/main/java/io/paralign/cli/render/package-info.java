/**
 * Renderers of an {@link io.paralign.pipeline.AlignmentResult}, one class per output format ({@link
 * io.paralign.cli.render.Format}): JSON, the bead format, hunalign's ladder, TSV, TMX 1.4b and a side-by-side HTML report; plus the
 * TMX reader that loads TMX back. They only read results.
 */
package io.paralign.cli.render;
