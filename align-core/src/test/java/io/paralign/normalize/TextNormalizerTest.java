package io.paralign.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final Normalizer normalizer = TextNormalizer.standard();

    private void check(String input, String expected) {
        assertEquals(expected, normalizer.normalize(input), () -> "normalize(" + input + ")");
    }

    @Test
    void empty() {
        check("", "");
    }

    @Test
    void alefVariants() {
        check("أحمد", "احمد");
        check("إسلام", "اسلام");
        check("آمن", "امن");
        check("ٱلله", "الله");
    }

    @Test
    void otherArabicLetters() {
        check("مصطفى", "مصطفي");
        check("مدرسة", "مدرسه");
        check("مؤتمر", "موتمر");
        check("رئيس", "رييس");
    }

    @Test
    void harakatAndTatweel() {
        check("مُحَمَّد", "محمد");
        check("محـــمد", "محمد");
    }

    @Test
    void digits() {
        check("٢٠٢١", "2021");
        check("۱۹۹۸", "1998");
        check("١٫٥", "1.5");
    }

    @Test
    void arabicPunctuation() {
        check("نعم، لا؛ لماذا؟ ٥٪", "نعم, لا; لماذا? 5%");
    }

    @Test
    void quotes() {
        check("« Bonjour »", "\" bonjour \"");
        check("“Hi” „Hallo“ ‟x″", "\"hi\" \"hallo\" \"x\"");
        check("l’Assemblée ‘a’ ‚b‛ 5′", "l'assemblée 'a' 'b' 5'");
    }

    @Test
    void caseFoldingAndCompatibility() {
        check("Straße ﬁn ＡＢＣ", "strasse fin abc");
        check("ﻷ", "لا");
    }

    @Test
    void latinAccentsKept() {
        check("Élysée", "élysée");
        check("e\u0301", "é");
    }

    @Property
    void idempotent(@ForAll String text) {
        String once = normalizer.normalize(text);
        assertEquals(once, normalizer.normalize(once));
    }

    @Property
    void idempotentOnArabicAndLatinMix(@ForAll("arabicLatin") String text) {
        String once = normalizer.normalize(text);
        assertEquals(once, normalizer.normalize(once));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> arabicLatin() {
        return net.jqwik.api.Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF').withCharRange('a', 'z').withCharRange('\u0300', '\u036F')
                .withChars('«', '»', '″', '’', 'É', ' ').ofMaxLength(30);
    }
}
