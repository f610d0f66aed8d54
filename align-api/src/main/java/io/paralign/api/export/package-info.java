/**
 * Exports of a stored alignment, rendered by align-core's report layer ({@link io.paralign.report.Format}) from the
 * stored body read back ({@link io.paralign.report.ReportReader}): TMX 1.4b, TSV, the bead format of Vecalign
 * ({@code gold}), hunalign's ladder ({@code ladder}), the side-by-side HTML page and the JSON report, each as the
 * CLI's {@code align --format} writes it.
 */
package io.paralign.api.export;
