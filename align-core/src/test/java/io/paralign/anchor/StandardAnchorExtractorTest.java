package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StandardAnchorExtractorTest {
    private final AnchorExtractor extractor = new StandardAnchorExtractor();

    @Test
    void empty() {
        assertEquals(List.of(), extractor.extract("", 0, "ar"));
        assertEquals(List.of(), extractor.extract("", 5, "fr"));
    }

    @Test
    void seedSentence() {
        String text = "أطلقت وحدة الاستجابة لمنظمة التعاون الإسلامي (OIC-CERT) تقريرها عن عام ٢٠٢١ في 57 دولة.";
        List<Anchor> anchors = extractor.extract(text, 0, "ar");
        List<String> strong = anchors.stream().filter(a -> a.kind() != AnchorKind.NAME)
                .map(a -> a.kind() + ":" + a.key()).toList();
        assertEquals(List.of("PUNCT:(", "LATIN:oic-cert", "NUMBER:2021", "NUMBER:57"), strong);
    }

    @Test
    void sortedBySpanStart() {
        List<Anchor> anchors = extractor.extract("« Trump » a dit 2021 (Huawei) ?", 0, "fr");
        for (int i = 1; i < anchors.size(); i++) {
            assertTrue(anchors.get(i - 1).span().start() <= anchors.get(i).span().start(), anchors.toString());
        }
    }

    @Property
    void spansLieInTheTextAndSurfacesMatch(@ForAll("texts") String text, @ForAll @IntRange(max = 1000) int offset,
                                           @ForAll("languages") String language) {
        for (Anchor anchor : extractor.extract(text, offset, language)) {
            assertTrue(anchor.span().start() >= offset && anchor.span().end() <= offset + text.length(), anchor::toString);
            assertTrue(anchor.span().length() > 0, anchor::toString);
            assertEquals(text.substring(anchor.span().start() - offset, anchor.span().end() - offset), anchor.surface());
            assertTrue(anchor.weight() > 0 && anchor.weight() <= 1, anchor::toString);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("Trump", "ترامب", "والصين", "OIC-CERT", "٢٠٢١", "65 000", "1,5",
                "٪", "%", "«", "»", "\"", "(", ")", "؟", "?", "!", " ", "\u202F", ",", ".", "G20", "1er", "l’", "Élysée",
                "مُحَمَّد", "华为", "Путин", "-", "x");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(5);
        return Arbitraries.oneOf(pieces, pieces, noise).list().ofMaxSize(15).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("ar", "fr", "de", "en", "is", "zh", "ru", "und", "");
    }
}
