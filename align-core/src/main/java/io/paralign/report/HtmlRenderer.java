package io.paralign.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * A self-contained report a translator can act on: the two documents by their languages' names and titles, coverage,
 * a legend of the kinds of finding (content before layout), each with its colour and count, then one row per bead
 * with each side in its own writing direction ({@code dir="rtl"} for Arabic), every finding in its kind's colour with
 * its label and evidence, and the list of all flags at the end. Written by a jte template compiled at build time,
 * which escapes every text; no script, no external resource, so the service can show it under a policy that allows
 * only its style element. Filtering by a count is CSS alone: the count links to an empty element
 * ({@code #only-t-…}) whose {@code :target} hides the rows without that finding. The bead table's header stays in
 * view, and each row with a finding links to the next one.
 */
public final class HtmlRenderer implements TextRenderer {
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
            th{background:#f3f3f3}
            .coverage{width:auto;margin-bottom:1em}
            .beads thead th{position:sticky;top:0;z-index:1}
            tbody tr{scroll-margin-top:3em}
            tr:target>td{box-shadow:inset 0 0 0 3px #1d4f91}
            .legend ul{list-style:none;padding:0;margin:.3em 0 .8em}
            .legend li{margin:.25em 0}
            .legend h3{font-size:1em;margin:.6em 0 0}
            .swatch{display:inline-block;width:1.6em;height:1em;border:1px solid #777;vertical-align:middle;margin-inline-end:.4em}
            .count{display:inline-block;min-width:1.6em;font-weight:bold}
            .reason{display:block;margin-top:.4em}
            .tag{font-size:.8em;font-weight:bold;color:#222;border:1px solid #777;border-radius:.3em;padding:0 .3em}
            .why{font-size:.8em;color:#444}
            .meta{font-size:.8em;color:#555}
            .beads td.meta{white-space:nowrap}
            .filter{display:block}
            .filter-note{display:none;font-weight:bold}
            """ + FlagLook.css(".beads", ".flags", ".filter-note");
    /** The templates compiled by jte-maven-plugin into align-core's classes; nothing is compiled at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    HtmlRenderer() {
    }

    @Override
    public String render(ReportView view) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("report/page.jte", HtmlPage.of(view, STYLE), out);
        return out.toString();
    }

    /**
     * The fragment that opens the page at the flag at {@code index} of the JSON report's {@code flags}: its bead
     * row ({@code b12}), or its line in the list of flags ({@code f3}) when no bead holds its sentences.
     */
    public static String anchor(ReportView view, int index) {
        return anchor(view.beads(), view.flags().get(index), index);
    }

    /** {@link #anchor(ReportView, int)} from the report's beads and that one flag, for a caller without a view. */
    public static String anchor(List<ReportView.BeadView> beads, ReportView.FlagView flag, int index) {
        return HtmlPage.anchor(beads, flag, index);
    }

    /**
     * The Content-Security-Policy {@code style-src} source of the page's one style element, {@code 'sha256-…'}, for a
     * server that shows the page under a policy with no {@code 'unsafe-inline'}.
     */
    public static String styleHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("\n" + STYLE).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
