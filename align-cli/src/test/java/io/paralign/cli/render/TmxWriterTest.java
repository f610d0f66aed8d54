package io.paralign.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.paralign.align.Bead;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;

/** TMX output on the seed pair: valid against the TMX 1.4b DTD, and read back with the same pairs. */
class TmxWriterTest {
    private static AlignmentResult result;
    private static String tmx;

    @BeforeAll
    static void align() throws IOException {
        result = new AlignmentPipeline().align(
                Files.readString(Path.of("..", "seeds", "000_8309a08ed0edb24a.txt"), StandardCharsets.UTF_8), "ar",
                Files.readString(Path.of("..", "seeds", "001_d60f469c9e1ad6ee.txt"), StandardCharsets.UTF_8), "fr",
                false);
        tmx = new TmxWriter("test").render(result);
    }

    @Test
    void readsBackWithTheSamePairs() {
        List<TranslationUnit> units = TmxReader.read(tmx);
        List<Bead> matches = result.beads().stream().filter(Bead::isMatch).toList();
        assertEquals(matches.size(), units.size());
        for (int i = 0; i < units.size(); i++) {
            assertEquals(List.of("ar", "fr"), new ArrayList<>(units.get(i).segments().keySet()));
            assertEquals(BeadTexts.text(result, matches.get(i), Side.SOURCE), units.get(i).segments().get("ar"));
            assertEquals(BeadTexts.text(result, matches.get(i), Side.TARGET), units.get(i).segments().get("fr"));
        }
        assertEquals("ar", TmxReader.sourceLanguage(tmx));
        assertTrue(units.stream().anyMatch(u -> u.flags().stream().anyMatch(f -> f.startsWith("ANCHOR_MISMATCH"))),
                "flags as x-flag props");
    }

    @Test
    void validAgainstTheTmx14bDtd() throws Exception {
        String dtd = Path.of("src", "test", "resources", "tmx14.dtd").toUri().toString();
        String withDoctype = tmx.replaceFirst("\\?>\n", "?>\n<!DOCTYPE tmx SYSTEM \"" + dtd + "\">\n");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
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
        builder.parse(new InputSource(new StringReader(withDoctype)));
        assertEquals(List.of(), errors);
    }

    @Test
    void headerAndVariantsCarryLanguages() {
        assertTrue(tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">"));
        assertTrue(tmx.contains("srclang=\"ar\""));
        assertTrue(tmx.contains("<tuv xml:lang=\"ar\"><seg>") && tmx.contains("<tuv xml:lang=\"fr\"><seg>"));
    }

    @Test
    void malformedTmxIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TmxReader.read("<tmx><body>"));
        assertTrue(e.getMessage().startsWith("not well-formed TMX"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TmxReader.read("<html/>"));
    }

    @Test
    void emptyTmxHasNoUnits() {
        assertEquals(List.of(), TmxReader.read("<tmx version=\"1.4\"><header/><body/></tmx>"));
    }
}
