package io.paralign.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RenderersTest {
    private static final ExportView ALIGNMENT = new ExportView("a1", "2026-01-01T00:00:00Z", "fr", "ar", List.of(
            new ExportView.Pair(List.of(0), List.of(0), "Huawei <b>& « Cie »", "هواوي تقدم هاتفا جديدا.", "1-1", 0.8, 0.9,
                    List.of()),
            new ExportView.Pair(List.of(1), List.of(), "Plus d'un million\tde personnes.", "", "1-0", 0, 0.1,
                    List.of(0)),
            new ExportView.Pair(List.of(2, 3), List.of(1), "Deux phrases. Ici\u0001.", "جملة واحدة.", "2-1", 0.6, 0.7,
                    List.of())),
            List.of(new ExportView.Flag("MISSING_IN_TARGET", "source", "source sentence 1 has no counterpart")));
    private static final ExportView EMPTY = new ExportView("e", "2026-01-01T00:00:00Z", "fr", "ar", List.of(),
            List.of());

    @Test
    void tmxIsWellFormedTmx14WithLanguages() throws Exception {
        String tmx = new TmxRenderer().render(ALIGNMENT);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
        assertEquals("1.4", doc.getDocumentElement().getAttribute("version"));
        assertEquals("fr", ((Element) doc.getElementsByTagName("header").item(0)).getAttribute("srclang"));
        assertEquals(2, doc.getElementsByTagName("tu").getLength(), "the 1-0 pair is left out");
        Element tuv = (Element) doc.getElementsByTagName("tuv").item(1);
        assertEquals("ar", tuv.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("Huawei <b>& « Cie »", doc.getElementsByTagName("seg").item(0).getTextContent());
        assertFalse(tmx.contains("\u0001"));
    }

    @Test
    void tmxOfNoPairsIsStillValid() throws Exception {
        String tmx = new TmxRenderer().render(EMPTY);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
        assertTrue(tmx.contains("<body>"));
    }

    @Test
    void tsvHasOneLinePerPairAndNoTabsInsideTexts() {
        List<String> lines = new TsvRenderer().render(ALIGNMENT).lines().toList();
        assertEquals("source\ttarget\ttype\tconfidence\tflags", lines.get(0));
        assertEquals(4, lines.size());
        assertEquals("Plus d'un million de personnes.\t\t1-0\t0.1\tMISSING_IN_TARGET", lines.get(2));
        assertEquals(1, new TsvRenderer().render(EMPTY).lines().count());
    }

    @Test
    void goldIsTheBeadFormat() {
        assertEquals("[0]:[0]\n[1]:[]\n[2,3]:[1]\n", new GoldRenderer().render(ALIGNMENT));
        assertEquals("", new GoldRenderer().render(EMPTY));
    }

    @Test
    void ladderHasARungWhereEachPairStartsThenTheClosingRung() {
        assertEquals("0\t0\t0.800\n1\t1\t0.000\n2\t1\t0.600\n4\t2\t0.000\n", new LadderRenderer().render(ALIGNMENT));
        assertEquals("0\t0\t0.000\n", new LadderRenderer().render(EMPTY));
    }

    @Test
    void htmlIsRightToLeftForArabicEscapedAndHighlightsFlags() {
        String html = new HtmlRenderer().render(ALIGNMENT);
        assertTrue(html.contains("<td lang=\"ar\" dir=\"rtl\">هواوي"));
        assertTrue(html.contains("<td lang=\"fr\" dir=\"ltr\">Huawei &lt;b&gt;&amp; « Cie »"));
        assertTrue(html.contains("<tr class=\"unmatched\">"));
        assertTrue(html.contains("<b>MISSING_IN_TARGET</b> (source): source sentence 1 has no counterpart"));
        assertTrue(new HtmlRenderer().render(EMPTY).contains("</table>"));
    }

    @Test
    void rtlLanguages() {
        assertTrue(HtmlRenderer.isRtl("ar"));
        assertTrue(HtmlRenderer.isRtl("ar-MA"));
        assertFalse(HtmlRenderer.isRtl("fr"));
    }
}
