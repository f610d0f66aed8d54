package io.paralign.cli.batch;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code summary.html}: a table of pairs, what needs attention first ({@link Attention}), each linking to its report
 * and each of its worst flags to that flag's row there (a failed pair with its reason), and a table of documents
 * with no counterpart, each with its likely counterparts. Self-contained, no script; written by a jte template ({@link SummaryView}), which
 * escapes every text.
 */
final class SummaryPage {
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin-bottom:2em;width:100%}
            td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
            th{background:#f3f3f3}
            td.file{overflow-wrap:break-word}
            .low{background:#ffe3e3}
            .num{text-align:end;white-space:nowrap}
            .flag{margin-bottom:.3em}
            .type{font-size:.8em;color:#8a3b00;white-space:nowrap}
            tr.failed td{background:#f6e0e0}
            .reason{color:#8a0000}
            .note{color:#444;font-size:.9em}
            """;

    /** The template compiled by jte-maven-plugin into align-cli's classes; nothing is compiled at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private SummaryPage() {
    }

    /** The page as a string. */
    static String render(List<PairOutcome> pairs, List<UnpairedRow> unpaired, String linked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(pairs, unpaired, linked, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The page written to {@code out} in UTF-8 (not closed). */
    static void render(Iterable<PairOutcome> pairs, List<UnpairedRow> unpaired, String linked, OutputStream out)
            throws IOException {
        SummaryView view = SummaryView.of(STYLE, pairs, unpaired, linked, SummaryView.MAX_PAIRS);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            TEMPLATES.render("batch/summary.jte", view, new WriterOutput(writer));
        } catch (UncheckedIOException e) { // how jte's writer output passes on the stream's failure
            throw e.getCause();
        }
        writer.flush();
    }
}
