package io.paralign.api.export;

import io.paralign.api.alignment.AlignmentService;
import io.paralign.api.alignment.BadParameterException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportController {
    private final AlignmentService alignments;

    ExportController(AlignmentService alignments) {
        this.alignments = alignments;
    }

    /** The alignment as TMX, TSV, bead format ({@code gold}), hunalign's ladder or HTML. */
    @GetMapping("/api/v1/alignments/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "tmx") String format) {
        ExportFormat chosen = ExportFormat.named(format);
        if (chosen == null) {
            throw new BadParameterException("format must be tmx, tsv, gold, ladder or html, was '" + format + "'");
        }
        ExportView view = ExportView.of(alignments.tree(id));
        ContentDisposition disposition = (chosen == ExportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(id + "." + chosen.extension).build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(chosen.mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
        if (chosen == ExportFormat.HTML) { // shown inline: its style element allowed, in place of the service's policy
            response.header("Content-Security-Policy", HtmlRenderer.POLICY);
        }
        return response.body(chosen.renderer.render(view));
    }
}
