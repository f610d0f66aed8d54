package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanOrdinalExtractorTest {
    private final RomanOrdinalExtractor extractor = new RomanOrdinalExtractor();

    private List<String> keys(String text) {
        return extractor.extract(text, 0, "fr").stream().map(Anchor::key).toList();
    }

    @Test
    void centuriesAreNumbers() {
        assertEquals(List.of("17", "19"), keys("au milieu du XVIIe siècle, puis au XIXe siècle"));
        assertEquals(List.of("21"), keys("in the XXIst century"));
        assertEquals(List.of("1"), keys("le Ier arrondissement"));
    }

    @Test
    void capitalsWithoutOrdinalSuffixAreNot() {
        assertEquals(List.of(), keys("I think MIX and CIVIL are words"));
        assertEquals(List.of(), keys("Le chat et Ce chien"));
        assertEquals(List.of(), keys(""));
    }

    @Test
    void malformedNumeralsAreRejected() {
        assertEquals(0, RomanOrdinalExtractor.value("IIX"));
        assertEquals(0, RomanOrdinalExtractor.value("VV"));
        assertEquals(14, RomanOrdinalExtractor.value("XIV"));
    }

    @Test
    void spanCoversTheOrdinal() {
        Anchor anchor = extractor.extract("du XVIIe siècle", 10, "fr").get(0);
        assertEquals("XVIIe", anchor.surface());
        assertEquals(13, anchor.span().start());
    }
}
