package io.paralign.api.export;

import io.paralign.api.alignment.AlignmentService;
import io.paralign.api.alignment.BadParameterException;
import io.paralign.report.HtmlRenderer;
import io.paralign.report.ReportReader;
import io.paralign.api.openapi.ProblemResponses;
import io.paralign.api.problem.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
     * ({@code gold}), hunalign's ladder, HTML or the JSON report, each as {@code align --format} writes it.
     */
    @GetMapping("/api/v1/alignments/{id}/export")
    @Operation(summary = "Export an alignment", description = "The alignment rendered by align-core's report layer "
            + "from the stored body, byte for byte as align --format writes it for the same pair: TMX 1.4b, TSV, "
            + "the bead format (gold), hunalign's ladder, the side-by-side HTML page (shown inline) or the JSON "
            + "report; the others come as an attachment named <id>.<extension>.")
    @ProblemResponses({ProblemType.ALIGNMENT_NOT_FOUND, ProblemType.BAD_PARAMETER})
    ResponseEntity<String> export(
            @Parameter(description = "the alignment's id, as answered when it was created") @PathVariable String id,
            @Parameter(description = "the format, case-insensitive") @RequestParam(defaultValue = "tmx")
            String format) {
        ExportFormat chosen = ExportFormat.named(format);
        if (chosen == null) {
            throw new BadParameterException("format must be tmx, tsv, gold, ladder, html or json, was '" + format + "'");
        }
        String body = chosen.format.renderer(toolVersion).render(ReportReader.read(alignments.tree(id)));
        ContentDisposition disposition = (chosen == ExportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(id + "." + chosen.extension).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(chosen.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (chosen == ExportFormat.HTML) { // shown inline: its style element allowed, in place of the service's policy
            response.header("Content-Security-Policy", POLICY);
        }
        return response.body(body);
    }
}
