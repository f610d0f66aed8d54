package io.paralign.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.LanguageTags;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LanguageProfilesTest {
    /** The sentence fix-ups every language gets, last, in this order. */
    private static final List<SentenceFixup> EVERY_LANGUAGE =
            List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION);

    private static void finds(String tag, String language) {
        assertEquals(language, LanguageProfiles.of(tag).language(), tag);
    }

    private static Set<String> languagesWhere(Predicate<LanguageProfile> part) {
        return LanguageProfiles.registered().stream().filter(part).map(LanguageProfile::language)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aTagFindsItsLanguageByItsPrimarySubtag() {
        finds("ar", "ar");
        finds("fr-CA", "fr");
        finds("zh-Hant", "zh");
        finds("zh-Hant-TW", "zh");
        finds("AR-eg", "ar");
        finds("de-CH", "de");
    }

    @Test
    void aTagOfNoRegisteredLanguageGetsTheFallback() {
        assertSame(LanguageProfiles.fallback(), LanguageProfiles.of("tlh"));
        assertSame(LanguageProfiles.fallback(), LanguageProfiles.of("sw"));
        assertSame(LanguageProfiles.fallback(), LanguageProfiles.of(""));
        assertSame(LanguageProfiles.fallback(), LanguageProfiles.of(null));
        assertEquals("und", LanguageProfiles.fallback().language());
        assertEquals(EVERY_LANGUAGE, LanguageProfiles.fallback().sentenceFixups());
        assertEquals(Set.of(), LanguageProfiles.fallback().nameStopWords());
        assertEquals(SearchAnalyzer.STANDARD, LanguageProfiles.fallback().analyzer());
    }

    @Test
    void direction() {
        assertTrue(LanguageProfiles.isRightToLeft("ar"));
        assertTrue(LanguageProfiles.isRightToLeft("ar-EG"));
        assertTrue(LanguageProfiles.isRightToLeft("he-IL"));
        assertFalse(LanguageProfiles.isRightToLeft("fr"));
        assertFalse(LanguageProfiles.isRightToLeft("zh-Hant"));
        assertFalse(LanguageProfiles.isRightToLeft("tlh"));
        assertFalse(LanguageProfiles.isRightToLeft(null));
        assertEquals("rtl", LanguageProfiles.of("fa").direction().html());
        assertEquals("ltr", LanguageProfiles.of("en").direction().html());
    }

    /** The union of the lists the two renderers held (align-api's HtmlRenderer, align-cli's Markup). */
    @Test
    void everyLanguageEitherRendererWroteRightToLeftStillIs() {
        for (String language : List.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb")) {
            assertTrue(LanguageProfiles.isRightToLeft(language), language);
        }
        assertEquals(Set.of("ar", "fa", "he", "ur"), languagesWhere(LanguageProfile::isRightToLeft));
    }

    @Test
    void aRightToLeftLanguageWithoutAProfileGetsTheFallbackRunningRightToLeft() {
        LanguageProfile pashto = LanguageProfiles.of("ps-AF");
        assertEquals("und", pashto.language());
        assertEquals(Direction.RIGHT_TO_LEFT, pashto.direction());
        assertEquals(LanguageProfiles.fallback().sentenceFixups(), pashto.sentenceFixups());
        assertEquals(LanguageProfiles.fallback().boilerplate(), pashto.boilerplate());
    }

    @Test
    void everyRegisteredLanguageHasEveryPart() {
        for (LanguageProfile profile : LanguageProfiles.registered()) {
            String language = profile.language();
            assertEquals(LanguageTags.primary(language), language, "a profile is named by a primary subtag");
            assertSame(profile, LanguageProfiles.of(language), language);
            assertTrue(profile.sentenceFixups().size() >= EVERY_LANGUAGE.size(), language);
            assertEquals(EVERY_LANGUAGE, profile.sentenceFixups().subList(
                    profile.sentenceFixups().size() - EVERY_LANGUAGE.size(), profile.sentenceFixups().size()),
                    language + ": the fix-ups every language gets come last");
            profile.nameStopWords().forEach(word -> assertEquals(word.toLowerCase(java.util.Locale.ROOT), word));
            profile.functionWords().forEach(word -> assertEquals(word.toLowerCase(java.util.Locale.ROOT), word));
        }
        assertEquals(21, LanguageProfiles.registered().size());
        assertEquals(new TreeSet<>(List.of("ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "hy", "is", "it",
                "ja", "ka", "ko", "nl", "pt", "ru", "th", "ur", "zh")), LanguageProfiles.languages());
    }

    /** Each part is present exactly where the code had it before the profiles; every other profile says none. */
    @Test
    void thePartsAreWhereTheCodeHadThem() {
        assertEquals(Set.of("ar", "de", "en", "fr", "is"), languagesWhere(p -> !p.nameStopWords().isEmpty()));
        assertEquals(Set.of("de", "en", "es", "fr", "is", "it", "nl", "pt"),
                languagesWhere(p -> !p.functionWords().isEmpty()));
        assertEquals(Set.of("ar", "de", "en", "fr", "is"), languagesWhere(p -> !p.percentWords().isEmpty()));
        assertEquals(Set.of("ar", "de", "en", "fr"), languagesWhere(p -> !p.boilerplate().isEmpty()));
        assertEquals(Set.of("de"), languagesWhere(LanguageProfile::nounsCapitalized));
        assertEquals(Set.of("ar", "fa", "ur"), languagesWhere(p -> p.stemming() == Stemming.ARABIC_LIGHT));
        assertEquals(Set.of("ja", "th", "zh"), languagesWhere(p -> p.stemming() == Stemming.NONE));
        assertEquals(Set.of("ar", "en", "fr"), languagesWhere(p -> p.analyzer() != SearchAnalyzer.STANDARD));
        assertEquals(SearchAnalyzer.ARABIC, LanguageProfiles.of("ar").analyzer());
        assertEquals(SearchAnalyzer.FRENCH, LanguageProfiles.of("fr").analyzer());
        assertEquals(SearchAnalyzer.ENGLISH, LanguageProfiles.of("en").analyzer());
        assertEquals(Set.of("ar", "fa", "fr", "ur"), languagesWhere(p -> !p.sentenceFixups().equals(EVERY_LANGUAGE)));
    }

    @Test
    void sentenceFixupsInTheOrderTheyApply() {
        assertEquals(List.of(SentenceFixup.ELLIPSIS_BEFORE_CAPITAL, SentenceFixup.FRENCH_ABBREVIATIONS,
                SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION), LanguageProfiles.of("fr").sentenceFixups());
        assertEquals(List.of(SentenceFixup.ELLIPSIS_BEFORE_LETTER, SentenceFixup.CLOSING_PUNCTUATION,
                SentenceFixup.CONTINUATION), LanguageProfiles.of("ur").sentenceFixups());
    }

    @Test
    void theSignsOfEveryLanguageComeLastFromTheFallback() {
        List<LanguageProfile> every = LanguageProfiles.everyProfile();
        assertEquals(LanguageProfiles.registered(), every.subList(0, every.size() - 1));
        assertSame(LanguageProfiles.fallback(), every.get(every.size() - 1));
        assertEquals(List.of("%", "٪", "‰"), LanguageProfiles.fallback().percentWords());
        assertEquals("ar", every.get(0).language(), "Arabic boilerplate is tried first");
    }

    @Test
    void wordsAreLookedUpAsGiven() {
        assertTrue(LanguageProfiles.of("fr").nameStopWords().contains("aujourd'hui"));
        assertTrue(LanguageProfiles.of("ar").nameStopWords().contains("علي"));
        assertTrue(LanguageProfiles.of("is").functionWords().contains("þetta"));
        assertFalse(LanguageProfiles.of("fr").functionWords().contains("de"), "French 'de' is Spanish too");
    }

    @Test
    void aProfileSaysWhichPartIsMissing() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new LanguageProfile("xx", null,
                List.of(), Stemming.PREFIX, Set.of(), Set.of(), List.of(), List.of(), false, SearchAnalyzer.STANDARD));
        assertEquals("direction of xx", e.getMessage());
        IllegalArgumentException noCue = assertThrows(IllegalArgumentException.class,
                () -> new BoilerplateCue("lire\\s+aussi"));
        assertEquals("boilerplate pattern lire\\s+aussi has no cue", noCue.getMessage());
    }

    @Test
    void partsCannotBeChanged() {
        LanguageProfile french = LanguageProfiles.of("fr");
        assertThrows(UnsupportedOperationException.class, () -> french.nameStopWords().add("zut"));
        assertThrows(UnsupportedOperationException.class, () -> french.sentenceFixups().clear());
    }
}
