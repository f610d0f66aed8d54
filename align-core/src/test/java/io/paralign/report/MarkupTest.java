package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void escapes() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Markup.escape("a <b> & \"c\" 'd'"));
        assertEquals("", Markup.escape(""));
        assertEquals("ab", Markup.escape("a\u0000\u001Bb"), "control characters are not XML");
        assertEquals("\uD83D\uDE00", Markup.escape("\uD83D\uDE00"), "surrogate pairs kept");
        assertEquals("x", Markup.escape("x\uD83D"), "lone surrogate dropped");
        assertEquals("هواوي &amp; «OCI»", Markup.escape("هواوي & «OCI»"));
    }

    @Test
    void xmlCharsDropsOnlyWhatXmlForbids() {
        assertEquals("a\tb\nc", Markup.xmlChars("a\tb\u0000\nc\uFFFE"));
        assertEquals("<&>", Markup.xmlChars("<&>"), "no escaping");
        assertEquals("", Markup.xmlChars(""));
    }

    @Test
    void direction() {
        assertEquals("rtl", Direction.of("ar"));
        assertEquals("rtl", Direction.of("ar-EG"));
        assertEquals("rtl", Direction.of("he"));
        assertEquals("rtl", Direction.of("ckb"), "in both former lists");
        assertEquals("rtl", Direction.of("sd"), "only in the CLI's former list");
        assertEquals("ltr", Direction.of("fr"));
        assertEquals("ltr", Direction.of("zh"));
        assertEquals("ltr", Direction.of("auto"));
    }
}
