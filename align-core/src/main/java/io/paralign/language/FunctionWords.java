package io.paralign.language;

import io.paralign.profile.LanguageProfile;
import io.paralign.profile.LanguageProfiles;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The languages told apart by their function words (Latin-script ones), each with its words, read from the
 * {@linkplain LanguageProfile#functionWords() profiles}: a language whose profile lists none is told by its script.
 * Each list keeps words that are common in its language and rare in the others (French "de" is Spanish, Portuguese
 * and Dutch too, so it is left out, and so is Dutch "en", a French word; the elided "l'" and "d'" count as the words
 * "l" and "d"), which keeps the lists short and the vote sharp. Pronouns, auxiliaries and greetings of one language
 * only are in too, so that a single sentence has a few hits.
 */
final class FunctionWords {
    /** Sorted by language, the order in which votes are counted and ties listed. */
    static final SortedMap<String, Set<String>> BY_LANGUAGE = byLanguage();

    private FunctionWords() {
    }

    private static SortedMap<String, Set<String>> byLanguage() {
        SortedMap<String, Set<String>> words = new TreeMap<>();
        for (LanguageProfile profile : LanguageProfiles.registered()) {
            if (!profile.functionWords().isEmpty()) {
                words.put(profile.language(), profile.functionWords());
            }
        }
        return Collections.unmodifiableSortedMap(words);
    }
}
