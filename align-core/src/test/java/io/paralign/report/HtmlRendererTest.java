package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page escapes every text it shows (by the template engine) and carries no script of its own. */
class HtmlRendererTest {
    private static final Pattern SOURCE_CELL = Pattern.compile("<td lang=\"fr\" dir=\"ltr\">(.*?)</td>");

    /** The source cell of a one-bead page whose French sentence is {@code text}. */
    private static String cell(String text) {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.of(
                MadeResults.document("fr", List.of(List.of(text))),
                MadeResults.document("en", List.of(List.of("Yes."))),
                List.of(new Bead(List.of(0), List.of(0), 0.5, 0.5)))));
        Matcher cell = SOURCE_CELL.matcher(html);
        assertTrue(cell.find(), html);
        return cell.group(1);
    }

    @Test
    void escapesOneLine() {
        assertEquals("a &lt;b&gt; &amp; c", cell("a <b> & c"));
        assertEquals("&lt;script&gt;alert('x')&lt;/script&gt;", cell("<script>alert('x')</script>"));
        assertEquals("« R&amp;D » \"dix\"", cell("« R&D » \"dix\""));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", cell("<img src=x onerror=alert(1)>"));
        assertEquals("ab.", cell("a\u0000\u001Bb."), "characters XML forbids dropped");
        assertEquals("هواوي &amp; «OCI».", cell("هواوي & «OCI»."));
    }

    @Test
    void theTwoBeadResultIsEscapedAndHasNoMarkupOfItsOwn() {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        assertTrue(html.contains("وأضاف أن \"R&amp;D\" سيزيد."), html);
        assertTrue(html.contains("10 vs \"dix\" &amp; &lt;more&gt;"), html);
        assertFalse(html.contains("<10>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void styleHashIsTheHashOfTheStyleElement() throws Exception {
        String html = new HtmlRenderer().render(ReportView.of(MadeResults.TWO_BEADS));
        String style = html.substring(html.indexOf("<style>") + "<style>".length(), html.indexOf("</style>"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
        assertEquals("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'", HtmlRenderer.styleHash());
    }
}
