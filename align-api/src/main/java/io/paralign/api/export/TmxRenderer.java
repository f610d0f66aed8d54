package io.paralign.api.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TMX 1.4b: one {@code tu} per matched pair (pairs with an empty side are left out), each with a {@code tuv} per
 * language; the header names the source language ({@code srclang}). Characters XML 1.0 forbids are dropped.
 */
final class TmxRenderer implements Renderer {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public String render(ExportView alignment) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeCharacters("\n  ");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "paralign");
            xml.writeAttribute("creationtoolversion", "0.1.0");
            xml.writeAttribute("datatype", "plaintext");
            xml.writeAttribute("segtype", "sentence");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", alignment.sourceLanguage());
            xml.writeAttribute("o-tmf", "paralign");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (ExportView.Pair pair : alignment.pairs()) {
                if (pair.isMatch()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("tu");
                    xml.writeStartElement("prop");
                    xml.writeAttribute("type", "x-confidence");
                    xml.writeCharacters(Double.toString(pair.confidence()));
                    xml.writeEndElement();
                    tuv(xml, alignment.sourceLanguage(), pair.sourceText());
                    tuv(xml, alignment.targetLanguage(), pair.targetText());
                    xml.writeEndElement();
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write TMX for alignment " + alignment.id(), e);
        }
        return out.append('\n').toString();
    }

    private static void tuv(XMLStreamWriter xml, String language, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        xml.writeStartElement("seg");
        xml.writeCharacters(xmlChars(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static String xmlChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
