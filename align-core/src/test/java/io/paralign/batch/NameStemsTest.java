package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NameStemsTest {
    private static void check(String name, String language, String... stems) {
        assertEquals(Set.of(stems), NameStems.of(name, language), name);
    }

    @Test
    void languageCodesAndNamesAreTakenOut() {
        check("001.ar.txt", "ar", "001");
        check("001.fr.txt", "fr", "001");
        check("name_ar.txt", "ar", "name");
        check("name-fr.txt", "fr", "name");
        check("ar/001.txt", "ar", "001");
        check("fr/001.txt", "fr", "001");
        check("001-arabic.txt", "ar", "001");
        check("001-French.txt", "fr", "001");
        check("001_AR.txt", "ar", "001");
        check("001.fra.txt", "fr", "001");
        check("001.fre.txt", "fr", "001");
        check("001 Français.txt", "fr", "001");
        check("001.francais.txt", "fr", "001");
        check("001.العربية.txt", "ar", "001");
        check("deutsch/Bericht 7.txt", "de", "bericht-7");
    }

    @Test
    void onlyAWordNamingTheDocumentsOwnLanguageCounts() {
        check("001.fr.txt", "ar");
        check("what-is-it.en.txt", "en", "what-is-it");
        check("french/french-news.txt", "fr", "french-news");
        check("arabic/french-news.txt", "ar", "french-news");
    }

    @Test
    void anExtensionNamingTheLanguageIsKept() {
        check("001.ar", "ar", "001");
    }

    @Test
    void aNameWithoutLanguageWordHasNoStem() {
        check("000_8309a08ed0edb24a.txt", "ar");
        check("ar.txt", "ar");
        check("", "ar");
    }
}
