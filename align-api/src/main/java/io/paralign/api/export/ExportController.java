package io.paralign.api.export;

import io.paralign.api.alignment.AlignmentService;
import io.paralign.api.alignment.BadParameterException;
import io.paralign.api.openapi.ProblemResponses;
import io.paralign.api.problem.ProblemType;
import io.paralign.report.HtmlRenderer;
import io.paralign.report.RenderOptions;
import io.paralign.report.ReportReader;
import io.paralign.report.SegmentType;
import io.paralign.report.ToolVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "export", description = "An alignment in the formats align --format writes")
class ExportController {
    /** The HTML page's Content-Security-Policy: its one style element (by hash), no script, no embedding. */
    static final String POLICY = "default-src 'none'; style-src " + HtmlRenderer.styleHash() + "; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final AlignmentService alignments;
    private final String toolVersion;

    ExportController(AlignmentService alignments) {
        this.alignments = alignments;
        this.toolVersion = ToolVersion.of();
    }

    /**
     * The alignment rendered by align-core's report layer, read back from the stored body: TMX, TSV, bead format
     * ({@code gold}), hunalign's ladder, HTML, the JSON report or an XLSX workbook, each as {@code align --format}
     * writes it; {@code minScore} and {@code segtype} are TMX's, as the CLI's {@code --min-score} and
     * {@code --tmx-segtype}.
     */
    @GetMapping("/api/v1/alignments/{id}/export")
    @Operation(summary = "Export an alignment", description = "The alignment rendered by align-core's report layer "
            + "from the stored body, byte for byte as align --format writes it for the same pair: TMX 1.4b, TSV, "
            + "the bead format (gold), hunalign's ladder, the side-by-side HTML page (shown inline), the JSON "
            + "report or an XLSX workbook (read back cell for cell, since the workbook records when it was "
            + "written); the others come as an attachment named <id>.<extension>.")
    @ProblemResponses({ProblemType.ALIGNMENT_NOT_FOUND, ProblemType.BAD_PARAMETER})
    ResponseEntity<byte[]> export(
            @Parameter(description = "the alignment's id, as answered when it was created") @PathVariable String id,
            @Parameter(description = "the format, case-insensitive") @RequestParam(defaultValue = "tmx")
            String format,
            @Parameter(description = "TMX only: leave out the units whose score, as written with three decimals, "
                    + "is below this, from 0 to 1") @RequestParam(required = false) String minScore,
            @Parameter(description = "TMX only: sentence (the default) for a unit per aligned sentence bead, or "
                    + "paragraph for a unit per aligned paragraph bead") @RequestParam(required = false)
            String segtype) {
        ExportFormat chosen = ExportFormat.named(format);
        if (chosen == null) {
            throw new BadParameterException("format must be tmx, tsv, gold, ladder, html, json or xlsx, was '" + format
                    + "'");
        }
        RenderOptions options = options(chosen, minScore, segtype);
        byte[] body = chosen.format.renderer(options).bytes(ReportReader.read(alignments.tree(id)));
        ContentDisposition disposition = (chosen == ExportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(id + "." + chosen.extension).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(chosen.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (chosen == ExportFormat.HTML) { // shown inline: its style element allowed, in place of the service's policy
            response.header("Content-Security-Policy", POLICY);
        }
        return response.body(body);
    }

    /** TMX's options checked as the CLI checks them: in range, and only for TMX. */
    private RenderOptions options(ExportFormat format, String minScore, String segtype) {
        RenderOptions options = RenderOptions.of(toolVersion, Instant.now());
        if (minScore == null && segtype == null) {
            return options;
        }
        if (format != ExportFormat.TMX) {
            throw new BadParameterException("minScore and segtype apply to format=tmx only, was format="
                    + format.format.code());
        }
        if (segtype != null) {
            options = options.withSegments(SegmentType.named(segtype).orElseThrow(() -> new BadParameterException(
                    "segtype must be sentence or paragraph, was '" + segtype + "'")));
        }
        if (minScore != null) {
            try {
                options = options.withMinScore(Double.parseDouble(minScore));
            } catch (IllegalArgumentException e) { // NumberFormatException included
                throw new BadParameterException("minScore must be a number between 0 and 1, was '" + minScore + "'");
            }
        }
        return options;
    }
}
