package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameExtractorTest {
    private final AnchorExtractor names = new NameExtractor();

    private List<String> surfaces(String text, String language) {
        return names.extract(text, 0, language).stream().map(Anchor::surface).toList();
    }

    private List<String> keys(String text, String language) {
        return names.extract(text, 0, language).stream().map(Anchor::key).toList();
    }

    @Test
    void empty() {
        assertEquals(List.of(), surfaces("", "fr"));
        assertEquals(List.of(), surfaces("", "ar"));
    }

    @Test
    void anArabicWordOfHundredsOfLettersIsNoName() {
        assertEquals(List.of("ماكرون"), surfaces("ماكرون " + "كلمة".repeat(80), "ar"));
    }

    @Test
    void capitalizedWordsNotFunctionWords() {
        assertEquals(List.of("Donald", "Trump", "Xinjiang"),
                surfaces("Le président Donald Trump et le Xinjiang", "fr"));
        assertEquals(List.of("Joe", "Biden"), surfaces("The president Joe Biden", "en"));
    }

    @Test
    void acronymsAndHyphens() {
        assertEquals(List.of("OIC-CERT", "Baton", "Rouge", "Kim", "Jong"),
                surfaces("l'OIC-CERT à Baton-Rouge avec Kim Jong-un", "fr"));
    }

    @Test
    void weights() {
        assertEquals(List.of(0.4, 0.8, 1.0), names.extract("Huawei et Biden à la CNN", 0, "fr").stream()
                .map(Anchor::weight).toList());
        assertEquals(List.of(0.5), names.extract("der Kanzler", 0, "de").stream().map(Anchor::weight).toList());
        // German capitalises every noun, in any region; the profile says so, not the tag's first letters
        assertEquals(List.of(0.5), names.extract("der Kanzler", 0, "de-CH").stream().map(Anchor::weight).toList());
        assertEquals(List.of(0.8), names.extract("der Kanzler", 0, "en").stream().map(Anchor::weight).toList());
    }

    @Test
    void skeletons() {
        assertEquals(List.of("hwawy", "grysman", "xyngyang"), keys("à Huawei, Griezmann, Xinjiang", "fr"));
        assertEquals(List.of("hwawy", "grysman", "xyngyang"), keys("هواوي، جريزمان، شينغيانغ", "ar"));
    }

    @Test
    void arabicCliticsAndArticle() {
        assertEquals(keys("الصين", "ar"), keys("والصين", "ar"));
        assertEquals(keys("الصين", "ar"), keys("للصين", "ar"));
        assertEquals(keys("الصين", "ar"), keys("بالصين", "ar"));
        assertEquals(List.of("bydyn"), keys("Biden", "en"));
        assertEquals(List.of("baydn"), keys("بايدن", "ar")); // ب of a name is not a clitic
    }

    @Test
    void arabicShortAndFunctionWordsSkipped() {
        assertEquals(List.of("بايدن"), surfaces("قال جو في من على بايدن", "ar"));
    }

    @Test
    void arabicHarakatAndHamzaForms() {
        assertEquals(keys("محمد", "ar"), keys("مُحَمَّد", "ar"));
        assertEquals(keys("انطوان", "ar"), keys("أنطوان", "ar"));
    }

    @Test
    void cyrillicIsRomanized() {
        assertEquals(List.of("bwtyn"), keys("президент Путин", "ru"));
    }

    @Test
    void noNamesForHan() {
        assertEquals(List.of(), surfaces("华为公司", "zh"));
    }
}
