package io.paralign.anchor;

import io.paralign.profile.LanguageProfile;
import io.paralign.profile.LanguageProfiles;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that are no names: every language's {@linkplain LanguageProfile#nameStopWords() name stop words} pooled, since
 * a French text quotes English and an Arabic one French. One set serves both name finders: the words of a cased
 * script (capitalised function words, titles) and of Arabic (words too common to be names) never meet, the finders
 * looking up only words of their own scripts.
 */
final class StopWords {
    private StopWords() {
    }

    /** Lower case; Arabic ones in {@link io.paralign.normalize.TextNormalizer} form. */
    static final Set<String> ALL = LanguageProfiles.everyProfile().stream()
            .flatMap(profile -> profile.nameStopWords().stream())
            .collect(Collectors.toUnmodifiableSet());
}
