package io.paralign.cli.render;

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
    void direction() {
        assertEquals("rtl", Markup.direction("ar"));
        assertEquals("rtl", Markup.direction("ar-EG"));
        assertEquals("rtl", Markup.direction("he"));
        assertEquals("ltr", Markup.direction("fr"));
        assertEquals("ltr", Markup.direction("zh"));
    }
}
