package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.profile.LanguageProfiles;
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
        assertEquals("rtl", LanguageProfiles.of("ar").direction().html());
        assertEquals("rtl", LanguageProfiles.of("ar-EG").direction().html());
        assertEquals("rtl", LanguageProfiles.of("he").direction().html());
        assertEquals("rtl", LanguageProfiles.of("ckb").direction().html(), "in both former lists");
        assertEquals("rtl", LanguageProfiles.of("sd").direction().html(), "only in the CLI's former list");
        assertEquals("ltr", LanguageProfiles.of("fr").direction().html());
        assertEquals("ltr", LanguageProfiles.of("zh").direction().html());
        assertEquals("ltr", LanguageProfiles.of("auto").direction().html());
    }
}
