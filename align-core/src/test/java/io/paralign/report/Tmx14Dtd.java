package io.paralign.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses TMX with the JDK's validating XML parser against the TMX 1.4b DTD in align-core's
 * {@code src/test/resources/tmx14.dtd}; the shells' tests use it through align-core's test-jar.
 * The writers emit no DOCTYPE, so one naming that file is put in front of the root element first.
 */
public final class Tmx14Dtd {
    /** From the classpath, so that the shells' tests find it in align-core's test-jar. */
    private static final String DTD = Tmx14Dtd.class.getResource("/tmx14.dtd").toString();

    private Tmx14Dtd() {
    }

    /** The validity errors (line: message); a text that is not well-formed throws. */
    public static List<String> errors(String tmx) throws Exception {
        List<String> errors = new ArrayList<>();
        parse(tmx, errors);
        return errors;
    }

    /** The parsed document, after asserting that it is valid. */
    public static Document valid(String tmx) throws Exception {
        List<String> errors = new ArrayList<>();
        Document document = parse(tmx, errors);
        assertEquals(List.of(), errors, "TMX 1.4b validity errors");
        return document;
    }

    private static Document parse(String tmx, List<String> errors) throws Exception {
        if (!tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx ")) {
            throw new IllegalArgumentException("not TMX as the writers start it: " + tmx.substring(0, 60));
        }
        String withDoctype = tmx.replaceFirst("\n<tmx ", "\n<!DOCTYPE tmx SYSTEM \"" + DTD + "\">\n<tmx ");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
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
        return builder.parse(new InputSource(new StringReader(withDoctype)));
    }
}
