/**
 * Every output format of an alignment, for the CLI and the service alike: one renderer per {@link
 * io.paralign.report.Format} (JSON, bead format, ladder, TSV, TMX 1.4b, HTML, XLSX) over one read-only {@link
 * io.paralign.report.ReportView}, which {@link io.paralign.report.ReportReader} rebuilds from the stored JSON report
 * ({@link io.paralign.report.JsonReport}); and the TMX reader. Renderers only read.
 *
 * <p>Exported: every output the shells write.
 */
package io.paralign.report;
