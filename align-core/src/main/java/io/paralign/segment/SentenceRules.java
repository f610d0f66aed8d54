package io.paralign.segment;

import com.ibm.icu.util.ULocale;
import io.paralign.cache.BoundedCache;
import io.paralign.profile.LanguageProfiles;
import io.paralign.profile.SentenceFixup;
import java.util.List;

/**
 * Composes the sentence splitter of each language: ICU's locale rules plus the fix-ups its
 * {@linkplain io.paralign.profile.LanguageProfile profile} lists, in the profile's order (see {@link SentenceFixup}
 * for why order matters).
 */
final class SentenceRules {
    /** Splitters are thread-safe: one per language is made and shared (up to a bound). */
    private static final BoundedCache<ULocale, SentenceSplitter> SPLITTERS =
            new BoundedCache<>(1_000, SentenceRules::create);

    private SentenceRules() {
    }

    static SentenceSplitter forLanguage(ULocale language) {
        return SPLITTERS.get(language);
    }

    private static SentenceSplitter create(ULocale language) {
        // ss=standard: ICU's abbreviation list for the locale, where it has one (it does for fr).
        ULocale icu = language.setKeywordValue("ss", "standard");
        List<BreakFixup> fixups = LanguageProfiles.of(language.getLanguage()).sentenceFixups().stream()
                .map(SentenceRules::fixup).toList();
        return new SentenceSplitter(icu, fixups);
    }

    private static BreakFixup fixup(SentenceFixup fixup) {
        return switch (fixup) {
            case ELLIPSIS_BEFORE_CAPITAL -> new EllipsisBreaks(true);
            case ELLIPSIS_BEFORE_LETTER -> new EllipsisBreaks(false);
            case FRENCH_ABBREVIATIONS -> new FrenchAbbreviations();
            case CLOSING_PUNCTUATION -> new ClosingPunctuation();
            case CONTINUATION -> new Continuation();
        };
    }
}
