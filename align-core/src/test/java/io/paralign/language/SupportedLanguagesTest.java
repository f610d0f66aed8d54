package io.paralign.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.UnsupportedLanguageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportedLanguagesTest {

    private static void accepted(String primary, String tag) {
        assertEquals(primary, SupportedLanguages.primary(tag), tag);
    }

    private static void refused(String tag, String why) {
        UnsupportedLanguageException e = assertThrows(UnsupportedLanguageException.class,
                () -> SupportedLanguages.primary(tag), tag);
        assertTrue(e.getMessage().contains(why), e.getMessage());
        assertEquals(tag, e.tag());
    }

    @Test
    void languagesAndTheirRegionalVariants() {
        accepted("fr", "fr");
        accepted("fr", "fr-CA");
        accepted("fr", "FR-ca");
        accepted("ar", "ar-EG");
        accepted("zh", "zh-Hant-TW");
        accepted("de", "de-CH-1996");
        accepted("he", "iw");
    }

    @Test
    void unknownLanguagesPrivateUseAndExtensionsAreRefused() {
        refused("zxx", "not a supported language");
        refused("tlh", "not a supported language");
        refused("fra", "not a supported language");
        refused("x-klingon", "private-use");
        refused("fr-x-c1", "private-use");
        refused("en-u-nu-arab", "extension");
        refused("fr_CA", "not a well-formed");
        refused("not a tag!", "not a well-formed");
        refused("", "no language tag");
        refused(null, "no language tag");
    }

    @Test
    void everyLanguageTheGuesserCanTellIsSupported() {
        FunctionWords.BY_LANGUAGE.keySet().forEach(language -> assertTrue(SupportedLanguages.isSupported(language), language));
        for (String text : List.of("انضمت شركة تكنولوجيا الاتصالات الصينية هواوي إلى وكالة الأمن السيبراني.",
                "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构，尽管外界长期担忧。",
                "Китайская компания присоединилась к агентству по кибербезопасности организации.")) {
            assertTrue(SupportedLanguages.isSupported(LanguageGuesser.guess(text)), text);
        }
    }

    @Test
    void unsupportedTagsFallBackToAGivenName() {
        assertEquals("fr", SupportedLanguages.primaryOr("fr-CA", "other"));
        assertEquals("other", SupportedLanguages.primaryOr("fr-x-c1", "other"));
        assertEquals("other", SupportedLanguages.primaryOr(null, "other"));
    }

    @Test
    void sameLanguageIsTheSamePrimarySubtag() {
        assertTrue(SupportedLanguages.same("fr", "fr-CA"));
        assertFalse(SupportedLanguages.same("fr", "ar"));
        assertFalse(SupportedLanguages.same("zxx", "zxx"));
    }
}
