package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
    private final AnchorExtractor extractor = new StandardAnchorExtractor();

    /** Whether some anchor of the Arabic text matches some anchor of the French text. */
    private boolean matches(String arabic, String french) {
        List<Anchor> ar = extractor.extract(arabic, 0, "ar");
        List<Anchor> fr = extractor.extract("Selon " + french, 0, "fr"); // not sentence-initial
        return ar.stream().anyMatch(a -> fr.stream().anyMatch(f -> NameMatcher.matches(a, f)));
    }

    @Test
    void mustMatch() {
        String[][] pairs = {
            {"هواوي", "Huawei"}, {"عادل", "Adel"}, {"المهيري", "Almehairi"}, {"أنطوان", "Antoine"},
            {"جريزمان", "Griezmann"}, {"بايدن", "Biden"}, {"دونالد", "Donald"}, {"ترامب", "Trump"},
            {"وترامب", "Trump"}, {"شينغيانغ", "Xinjiang"}, {"باكستان", "Pakistan"}, {"دولكون", "Dolkun"},
            {"ماليزيا", "Malaisie"}, {"العراق", "Irak"}, {"الرئيس جو بايدن", "Joe Biden"},
            {"عادل المهيري", "Adel Almehairi"}, {"أنطوان جريزمان", "Antoine Griezmann"}, {"دونالد ترامب", "Donald Trump"},
        };
        for (String[] pair : pairs) {
            assertTrue(matches(pair[0], pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void memoDecidesAsTheMatcherWhateverTheOrderOfQuestions() {
        List<Anchor> ar = extractor.extract("قال الرئيس جو بايدن إن هواوي وشركة OIC-CERT في العراق وباكستان", 0, "ar");
        List<Anchor> fr = extractor.extract("Selon Joe Biden, Huawei et OIC-CERT en Irak, au Pakistan et Biden", 0, "fr");
        NameMatcher.Memo memo = new NameMatcher.Memo();
        int matched = 0;
        for (int round = 0; round < 2; round++) {
            for (Anchor a : ar) {
                for (Anchor f : fr) {
                    assertEquals(NameMatcher.matches(a, f), memo.test(a, f), a + " / " + f);
                    assertEquals(NameMatcher.matches(f, a), memo.test(f, a), f + " / " + a);
                    matched += memo.test(a, f) ? 1 : 0;
                }
            }
        }
        assertTrue(matched >= 2 * 6, "Joe, Biden (twice), Huawei, OIC-CERT, Irak, Pakistan: " + matched);
    }

    @Test
    void mustNotMatch() {
        String[][] pairs = {{"هواوي", "Biden"}, {"ترامب", "Griezmann"}, {"شركة", "Huawei"}, {"الرئيس", "Biden"},
            {"في من على", "Biden"}};
        for (String[] pair : pairs) {
            assertFalse(matches(pair[0], pair[1]), pair[0] + " / " + pair[1]);
        }
    }

    @Test
    void shortNamesOnSkeletons() {
        // جو is too short to be extracted as a candidate, but its skeleton still matches.
        assertTrue(NameMatcher.similarity(Skeleton.of("jw"), Skeleton.of("Joe")) >= NameMatcher.THRESHOLD);
        assertTrue(NameMatcher.similarity(Skeleton.of("ysy"), Skeleton.of("Isa")) >= NameMatcher.THRESHOLD);
    }

    @Test
    void similarityBounds() {
        assertEquals(1.0, NameMatcher.similarity("tramb", "tramb"));
        assertEquals(0.0, NameMatcher.similarity("", ""));
        assertEquals(0.0, NameMatcher.similarity("aw", "wa"));
        assertTrue(NameMatcher.similarity("hwawy", "bydyn") < 0.1);
    }

    @Test
    void latinTokenAgainstName() {
        Anchor latin = new Anchor(AnchorKind.LATIN, "oic-cert", "OIC-CERT", new Span(0, 8), 1.0);
        Anchor name = new Anchor(AnchorKind.NAME, Skeleton.of("OIC-CERT"), "OIC-CERT", new Span(3, 11), 1.0);
        Anchor other = new Anchor(AnchorKind.NAME, Skeleton.of("Biden"), "Biden", new Span(3, 8), 0.8);
        assertTrue(NameMatcher.matches(latin, name));
        assertTrue(NameMatcher.matches(name, latin));
        assertFalse(NameMatcher.matches(latin, other));
    }

    @Test
    void keysOfOtherKinds() {
        Anchor n1 = new Anchor(AnchorKind.NUMBER, "2021", "٢٠٢١", new Span(0, 4), 1.0);
        Anchor n2 = new Anchor(AnchorKind.NUMBER, "2021", "2021", new Span(9, 13), 1.0);
        Anchor p = new Anchor(AnchorKind.PUNCT, "2021", "?", new Span(0, 1), 0.3);
        assertTrue(NameMatcher.matches(n1, n2));
        assertFalse(NameMatcher.matches(n1, p));
    }

    private static Anchor name(String skeleton) {
        return new Anchor(AnchorKind.NAME, skeleton, skeleton, new Span(0, skeleton.length()), 1.0);
    }

    /** Skeletons that differ in their last consonant only: alike up to 64 letters, past it only when equal. */
    @Test
    void skeletonsOver64LettersMatchOnlyWhenEqual() {
        String sixtyThree = "bdfgklmnprst".repeat(6).substring(0, 63);
        assertTrue(NameMatcher.matches(name(sixtyThree + "b"), name(sixtyThree + "d")));
        assertFalse(NameMatcher.matches(name(sixtyThree + "bb"), name(sixtyThree + "bd")));
        assertTrue(NameMatcher.matches(name(sixtyThree + "bb"), name(sixtyThree + "bb")));
    }
}
