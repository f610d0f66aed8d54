package io.paralign.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A self-contained side-by-side report: coverage at the top, then one row per bead with each side in its own
 * writing direction ({@code dir="rtl"} for Arabic), unmatched and flagged segments highlighted with the reason, and
 * the list of all flags at the end. Written by a jte template compiled at build time, which escapes every text; no
 * script, no external resource.
 */
public final class HtmlRenderer implements TextRenderer {
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:start}
            th{background:#f3f3f3}
            td.unmatched{background:#ffe3e3}
            td.flagged{background:#fff4d6}
            .reason{display:block;font-size:.8em;color:#8a3b00;margin-top:.3em}
            .meta{font-size:.8em;color:#666;white-space:nowrap}
            .coverage td,.coverage th{width:auto}
            """;
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
