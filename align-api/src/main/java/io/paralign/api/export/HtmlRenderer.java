package io.paralign.api.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A standalone side-by-side page: one table row per pair, right-to-left cells for Arabic (and other RTL scripts),
 * unmatched and flagged rows highlighted with the flags' types and evidence.
 */
final class HtmlRenderer implements Renderer {
    private static final Set<String> RTL = Set.of("ar", "fa", "he", "ur", "ps", "yi", "ckb", "dv");
    private static final String STYLE = "body{font-family:sans-serif}table{border-collapse:collapse;width:100%}"
            + "td{border:1px solid #ccc;padding:4px;vertical-align:top;width:45%}"
            + "tr.flagged td{background:#fff3cd}tr.unmatched td{background:#f8d7da}"
            + ".reason{font-size:small;color:#7a4b00}";
    /** The page's Content-Security-Policy: its one style element (by hash), no script, no embedding. */
    static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    @Override
    public String render(ExportView a) {
        StringBuilder out = new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"><title>Alignment ").append(escape(a.id())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Alignment ").append(escape(a.id())).append("</h1>\n<table>\n<tr><th>")
                .append(escape(a.sourceLanguage())).append("</th><th>").append(escape(a.targetLanguage()))
                .append("</th><th>flags</th></tr>\n");
        for (ExportView.Pair pair : a.pairs()) {
            String kind = !pair.isMatch() ? "unmatched" : pair.flags().isEmpty() ? "pair" : "flagged";
            out.append("<tr class=\"").append(kind).append("\">")
                    .append(cell(a.sourceLanguage(), pair.sourceText()))
                    .append(cell(a.targetLanguage(), pair.targetText()))
                    .append("<td class=\"reason\">").append(reasons(a.flags(), pair.flags())).append("</td></tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static boolean isRtl(String language) {
        int dash = language.indexOf('-');
        return RTL.contains((dash < 0 ? language : language.substring(0, dash)).toLowerCase(java.util.Locale.ROOT));
    }

    private static String cell(String language, String text) {
        return "<td lang=\"" + escape(language) + "\" dir=\"" + (isRtl(language) ? "rtl" : "ltr") + "\">"
                + escape(text) + "</td>";
    }

    private static String reasons(List<ExportView.Flag> flags, List<Integer> indices) {
        return indices.stream().map(flags::get)
                .map(f -> "<b>" + escape(f.type()) + "</b> (" + escape(f.side()) + "): " + escape(f.evidence()))
                .collect(Collectors.joining("<br>"));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
