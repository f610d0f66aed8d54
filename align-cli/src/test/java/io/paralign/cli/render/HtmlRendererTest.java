package io.paralign.cli.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.paralign.align.Bead;

/** The HTML page escapes every text it shows and carries no script of its own. */
class HtmlRendererTest {
    @Test
    void textsAreEscapedAndThePageHasNoScript() {
        var result = MadeResults.of(
                MadeResults.document("fr", List.of(List.of("<script>alert('x')</script> & « Cie »."))),
                MadeResults.document("en", List.of(List.of("<img src=x onerror=alert(1)> & Co."))),
                List.of(new Bead(List.of(0), List.of(0), 0.5, 0.5)));
        String html = new HtmlRenderer().render(result);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; « Cie »."), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; Co."), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void theTwoBeadResultIsEscapedToo() {
        String html = new HtmlRenderer().render(MadeResults.TWO_BEADS);
        assertTrue(html.contains("وأضاف أن &quot;R&amp;D&quot; سيزيد."), html);
        assertTrue(html.contains("10 vs &quot;dix&quot; &amp; &lt;more&gt;"), html);
        assertFalse(html.contains("<10>"), html);
    }
}
