package io.paralign.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

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

    /**
     * The TMX parsed by the JDK's validating parser against {@code tmx14.dtd} (a subset of the TMX 1.4b DTD for the
     * elements the export writes), named by a DOCTYPE put in front of the root element; fails on any validity error.
     */
    private static Document validTmx(String tmx) throws Exception {
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        assertTrue(tmx.startsWith(declaration + "\n<tmx "), tmx);
        String dtd = RenderersTest.class.getResource("/tmx14.dtd").toExternalForm();
        String withDoctype = declaration + "\n<!DOCTYPE tmx SYSTEM \"" + dtd + "\">" + tmx.substring(declaration.length());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        Document doc = builder.parse(new InputSource(new StringReader(withDoctype)));
        assertEquals(List.of(), errors, "TMX 1.4b validity errors");
        return doc;
    }

    @Test
    void tmxIsValidTmx14WithLanguages() throws Exception {
        Document doc = validTmx(new TmxRenderer().render(ALIGNMENT));
        assertEquals("1.4", doc.getDocumentElement().getAttribute("version"));
        assertEquals("fr", ((Element) doc.getElementsByTagName("header").item(0)).getAttribute("srclang"));
        assertEquals(2, doc.getElementsByTagName("tu").getLength(), "the 1-0 pair is left out");
        Element tuv = (Element) doc.getElementsByTagName("tuv").item(1);
        assertEquals("ar", tuv.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("Huawei <b>& « Cie »", doc.getElementsByTagName("seg").item(0).getTextContent());
        assertEquals("Deux phrases. Ici.", doc.getElementsByTagName("seg").item(2).getTextContent(),
                "U+0001 dropped");
    }

    @Test
    void tmxOfNoPairsIsStillValid() throws Exception {
        Document doc = validTmx(new TmxRenderer().render(EMPTY));
        assertEquals(1, doc.getElementsByTagName("body").getLength());
        assertEquals(0, doc.getElementsByTagName("tu").getLength());
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
