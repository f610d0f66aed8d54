package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {
    private final AnchorExtractor numbers = new NumberExtractor();

    /** Keys of the numbers found, in text order. */
    private void check(String text, String... keys) {
        assertEquals(List.of(keys), numbers.extract(text, 0, "fr").stream().map(Anchor::key).toList(), text);
    }

    @Test
    void empty() {
        check("");
    }

    @Test
    void digitSets() {
        check("في عام ٢٠٢١", "2021");
        check("۱۹۹۸ و 2020", "1998", "2020");
    }

    @Test
    void thousands() {
        check("65000 65 000 65\u00A0000 65\u202F000 65,000 65.000 ٦٥٬٠٠٠", "65000", "65000", "65000", "65000",
                "65000", "65000", "65000");
        check("1 000 000 habitants", "1000000");
        check("2,500.75 et 2.500,75", "2500.75", "2500.75");
    }

    @Test
    void decimals() {
        check("1.5 1,5 ١٫٥ 1,50", "1.5", "1.5", "1.5", "1.5");
        check("3,141", "3141"); // three digits after a comma: thousands, by the documented rule
    }

    @Test
    void spacesBetweenSeparateNumbers() {
        check("57 pays", "57");
        check("en 2019 150 personnes", "2019", "150");
        check("2019، 2020", "2019", "2020");
    }

    @Test
    void percentInSurfaceNotKey() {
        List<Anchor> anchors = numbers.extract("12 % et ١٢٪ et 12 pour cent", 0, "fr");
        assertEquals(List.of("12", "12", "12"), anchors.stream().map(Anchor::key).toList());
        assertEquals(List.of("12 %", "١٢٪", "12 pour cent"), anchors.stream().map(Anchor::surface).toList());
    }

    @Test
    void codesAreNotNumbers() {
        check("G20 MP3 5G COVID-19", "19");
        check("le 1er mai, 3rd, les 1990s, 10h, 5km", "1", "3", "1990", "10", "5");
    }

    @Test
    void leadingZeros() {
        check("le 08/03/2020", "8", "3", "2020");
    }

    @Test
    void weightsByDigits() {
        assertEquals(List.of(0.3, 0.7, 1.0, 1.0, 0.7),
                numbers.extract("5; 57; 150; 2021; 1,5", 0, "fr").stream().map(Anchor::weight).toList());
    }

    @Test
    void spansAreDocumentOffsets() {
        Anchor anchor = numbers.extract("en ٢٠٢١", 100, "ar").get(0);
        assertEquals(new Span(103, 107), anchor.span());
        assertEquals("٢٠٢١", anchor.surface());
    }
}
