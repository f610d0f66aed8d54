package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.language.LanguageMismatchException;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.InvalidTextException;
import io.paralign.model.LanguageDetection;
import io.paralign.model.Side;
import io.paralign.report.JsonReport;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The entry point checks each side's declared language against its text, and detects it for {@code auto}. */
class DeclaredLanguageTest {
    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    private static String arabic() throws IOException {
        return SeedPairTest.read("000_8309a08ed0edb24a.txt");
    }

    private static String french() throws IOException {
        return SeedPairTest.read("001_d60f469c9e1ad6ee.txt");
    }

    @Test
    void swappedLabelsAreRefusedNamingTheSide() throws IOException {
        String arabic = arabic();
        String french = french();
        LanguageMismatchException e = assertThrows(LanguageMismatchException.class,
                () -> pipeline.align(arabic, "fr", french, "ar", false));
        assertEquals(Side.SOURCE, e.side());
        assertEquals("fr", e.declared());
        assertEquals("ar", e.detected().language());
        assertTrue(e.getMessage().startsWith("source declared as 'fr' reads as 'ar'"), e.getMessage());
        e = assertThrows(LanguageMismatchException.class, () -> pipeline.align(arabic, "ar", french, "ar", false));
        assertEquals(Side.TARGET, e.side());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void segmentingOneSideChecksItToo() throws IOException {
        String arabic = arabic();
        assertThrows(LanguageMismatchException.class, () -> pipeline.segment(Side.TARGET, arabic, "fr", true));
        assertThrows(LanguageMismatchException.class, () -> pipeline.segment(arabic, "en", false));
    }

    @Test
    void autoUsesTheDetectedLanguageAndSaysHowSure() throws IOException {
        AlignmentResult result = pipeline.align(arabic(), "auto", french(), "fr", false);
        assertEquals("ar", result.source().language());
        assertEquals(new LanguageDetection("ar", 0.99), result.source().detection());
        assertNull(result.target().detection());
        JsonNode json = new ObjectMapper().readTree(JsonReport.write(result));
        assertEquals("ar", json.get("source").get("languageDetected").get("language").asString());
        assertEquals(0.99, json.get("source").get("languageDetected").get("confidence").asDouble());
        assertNull(json.get("target").get("languageDetected"));
    }

    @Test
    void autoGivesTheSameAlignmentAsTheLanguageDetected() throws IOException {
        AlignmentResult given = pipeline.align(arabic(), "ar", french(), "fr", false);
        AlignmentResult detected = pipeline.align(arabic(), "AUTO", french(), "auto", false);
        assertEquals(given.beads(), detected.beads());
        assertEquals(given.flags(), detected.flags());
    }

    @Test
    void autoOnAOneLinerAndOnNothing() {
        assertEquals("fr", pipeline.segment(Side.SOURCE, "Bonjour le monde, je suis là.", "auto", false)
                .language());
        UnknownLanguageException e = assertThrows(UnknownLanguageException.class,
                () -> pipeline.segment(Side.TARGET, "12 34 56 !! ok", "auto", false));
        assertTrue(e.getMessage().startsWith("target: cannot tell the language"), e.getMessage());
        assertThrows(InvalidTextException.class, () -> pipeline.segment(Side.TARGET, "   ", "auto", false));
        assertThrows(InvalidTextException.class, () -> pipeline.segment(Side.TARGET, "12 34", "auto", false));
    }
}
