package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.normalize.AccentFolder;
import io.paralign.normalize.TextNormalizer;
import io.paralign.profile.LanguageProfile;
import io.paralign.profile.LanguageProfiles;
import io.paralign.profile.Stemming;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.junit.jupiter.api.Test;

/**
 * The {@linkplain LanguageProfile#stemming() stemming} each profile states is what the {@link Tokenizer} does to a
 * word of the language (it decides by the word's script): a word of more than five letters per registered language.
 */
class ProfileStemmingTest {
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);
    private static final Map<String, String> WORD = Map.ofEntries(
            Map.entry("ar", "والحكومة"), Map.entry("fa", "دولتها"), Map.entry("ur", "پاکستان"),
            Map.entry("fr", "gouvernement"), Map.entry("en", "government"), Map.entry("de", "Regierung"),
            Map.entry("is", "ríkisstjórnin"), Map.entry("es", "gobierno"), Map.entry("it", "governo"),
            Map.entry("pt", "governação"), Map.entry("nl", "regering"), Map.entry("he", "הממשלה"),
            Map.entry("zh", "中华人民共和国"), Map.entry("ja", "コンピューター"), Map.entry("ko", "대한민국정부"),
            Map.entry("ru", "правительство"), Map.entry("el", "κυβέρνηση"), Map.entry("th", "รัฐบาลไทย"),
            Map.entry("hi", "कमलनयन"), Map.entry("hy", "կառավարություն"), Map.entry("ka", "მთავრობა"));

    @Test
    void everyProfileStemsItsWordsAsItSays() {
        for (LanguageProfile profile : LanguageProfiles.registered()) {
            String word = WORD.get(profile.language());
            assertNotNull(word, "a sample word of " + profile.language());
            String normalized = NORMALIZER.normalize(word);
            List<String> expected = switch (profile.stemming()) {
                case ARABIC_LIGHT -> List.of(arabicStem(normalized));
                case PREFIX -> List.of(prefix(normalized));
                case NONE -> TOKENIZER.tokens(word);
            };
            List<String> tokens = TOKENIZER.tokens(word);
            assertEquals(expected, tokens, profile.language() + " " + word);
            if (profile.stemming() == Stemming.NONE) {
                assertEquals(normalized, String.join("", tokens), profile.language() + ": whole words, no stemmer");
            } else {
                assertTrue(tokens.get(0).length() < normalized.length(), profile.language() + ": stemmed " + tokens);
            }
        }
    }

    private static String arabicStem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, new ArabicStemmer().stem(chars, chars.length));
    }

    private static String prefix(String word) {
        String folded = new AccentFolder().normalize(word);
        return folded.length() > Tokenizer.LATIN_PREFIX ? folded.substring(0, Tokenizer.LATIN_PREFIX) : folded;
    }
}
