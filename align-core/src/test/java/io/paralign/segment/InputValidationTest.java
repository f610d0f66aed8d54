package io.paralign.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.InvalidTextException;
import io.paralign.model.UnsupportedLanguageException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract every segmenter meets on bad input. */
class InputValidationTest {

    static Stream<Segmenter> segmenters() {
        return Stream.of(new IcuSegmenter(), new PreSegmentedSegmenter());
    }

    @ParameterizedTest
    @MethodSource("segmenters")
    void nullText(Segmenter segmenter) {
        assertThrows(InvalidTextException.class, () -> segmenter.segment(null, "fr"));
    }

    @ParameterizedTest
    @MethodSource("segmenters")
    void emptyAndBlankText(Segmenter segmenter) {
        for (String text : new String[] {"", " ", "\n\r\n\t", "\uFEFF\u00a0"}) {
            var e = assertThrows(InvalidTextException.class, () -> segmenter.segment(text, "fr"));
            assertTrue(e.getMessage().contains("text is empty"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("segmenters")
    void textWithoutLetter(Segmenter segmenter) {
        var e = assertThrows(InvalidTextException.class, () -> segmenter.segment("123 ... !!", "fr"));
        assertEquals("text has no letter: '123 ... !!'", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("segmenters")
    void badLanguageTags(Segmenter segmenter) {
        for (String tag : new String[] {null, "", " ", "fr_FR", "123", "xx", "und", "français"}) {
            assertThrows(UnsupportedLanguageException.class, () -> segmenter.segment("Une phrase.", tag), tag);
        }
    }

    @ParameterizedTest
    @MethodSource("segmenters")
    void goodLanguageTagsAreCanonical(Segmenter segmenter) {
        assertEquals("fr-FR", segmenter.segment("Une phrase.", "fr-FR").language());
        assertEquals("ar", segmenter.segment("جملة.", "AR").language());
    }
}
