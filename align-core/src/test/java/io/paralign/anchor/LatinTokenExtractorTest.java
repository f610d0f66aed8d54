package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatinTokenExtractorTest {
    private final AnchorExtractor latin = new LatinTokenExtractor();

    private List<String> keys(String text, String language) {
        return latin.extract(text, 0, language).stream().map(Anchor::key).toList();
    }

    @Test
    void empty() {
        assertEquals(List.of(), keys("", "ar"));
    }

    @Test
    void tokensInArabic() {
        String text = "وحدة الاستجابة لمنظمة التعاون الإسلامي (OIC-CERT)";
        List<Anchor> anchors = latin.extract(text, 10, "ar");
        assertEquals(1, anchors.size());
        Anchor anchor = anchors.get(0);
        assertEquals("oic-cert", anchor.key());
        assertEquals("OIC-CERT", anchor.surface());
        assertEquals(new Span(10 + text.indexOf("OIC"), 10 + text.indexOf(")")), anchor.span());
        assertEquals(1.0, anchor.weight());
    }

    @Test
    void multiWordNamesGiveOneTokenPerWord() {
        assertEquals(List.of("middle", "east", "eye", "mee"), keys("موقع Middle East Eye (MEE)", "ar"));
    }

    @Test
    void digitsOnlyAreNotTokens() {
        assertEquals(List.of("covid-19", "g20"), keys("جائحة COVID-19 في 2020 وقمة G20", "ar"));
    }

    @Test
    void nothingInLatinScriptLanguages() {
        assertEquals(List.of(), keys("Middle East Eye (MEE)", "fr"));
        assertEquals(List.of(), keys("Middle East Eye (MEE)", "is"));
    }

    @Test
    void otherNonLatinScripts() {
        assertEquals(List.of("cnn"), keys("据CNN报道", "zh"));
        assertEquals(List.of("nato"), keys("Генсек NATO", "ru"));
    }

    @Test
    void unknownLanguageFallsBackToTheTextsScript() {
        assertEquals(List.of("cnn"), keys("قالت CNN", "und"));
        assertEquals(List.of(), keys("selon CNN", "und"));
    }
}
