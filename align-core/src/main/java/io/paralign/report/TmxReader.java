package io.paralign.report;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the translation units of a TMX document: each {@code <tu>}'s segments by language and its flags. Never
 * fetches a DTD or expands external entities.
 */
public final class TmxReader {
    private TmxReader() {
    }

    /** @throws IllegalArgumentException when the text is not well-formed TMX */
    public static List<TranslationUnit> read(String tmx) {
        Element root = parse(tmx).getDocumentElement();
        if (!root.getTagName().equals("tmx")) {
            throw new IllegalArgumentException("not TMX: root element <" + root.getTagName() + ">");
        }
        List<TranslationUnit> units = new ArrayList<>();
        NodeList tus = root.getElementsByTagName("tu");
        for (int i = 0; i < tus.getLength(); i++) {
            Element tu = (Element) tus.item(i);
            Map<String, String> segments = new LinkedHashMap<>();
            NodeList tuvs = tu.getElementsByTagName("tuv");
            for (int j = 0; j < tuvs.getLength(); j++) {
                Element tuv = (Element) tuvs.item(j);
                String language = tuv.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
                Element seg = (Element) tuv.getElementsByTagName("seg").item(0);
                segments.put(language, seg == null ? "" : seg.getTextContent());
            }
            List<String> flags = new ArrayList<>();
            NodeList props = tu.getElementsByTagName("prop");
            for (int j = 0; j < props.getLength(); j++) {
                Element prop = (Element) props.item(j);
                if (prop.getAttribute("type").equals(TmxWriter.FLAG)) {
                    flags.add(prop.getTextContent());
                }
            }
            units.add(new TranslationUnit(segments, flags));
        }
        return units;
    }

    /** The {@code srclang} of the header. */
    public static String sourceLanguage(String tmx) {
        Element header = (Element) parse(tmx).getDocumentElement().getElementsByTagName("header").item(0);
        return header == null ? "" : header.getAttribute("srclang");
    }

    private static org.w3c.dom.Document parse(String tmx) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(tmx)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed TMX: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
