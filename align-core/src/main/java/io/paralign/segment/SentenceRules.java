package io.paralign.segment;

import com.ibm.icu.util.ULocale;
import io.paralign.cache.BoundedCache;
import java.util.List;

/** Composes the sentence splitter of each language: ICU's locale rules plus ordered fix-ups. */
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
        return new SentenceSplitter(icu, fixups(language.getLanguage()));
    }

    /*
     * Order matters: breaks are added first, then removed after abbreviations, then closing quotes are
     * moved back, and only then can a break be seen to be followed by lower case or a comma (« Tu viens ? » a-t-il).
     */
    private static List<BreakFixup> fixups(String language) {
        return switch (language) {
            case "fr" -> List.of(new EllipsisBreaks(true), new FrenchAbbreviations(),
                    new ClosingPunctuation(), new Continuation());
            case "ar", "fa", "ur" -> List.of(new EllipsisBreaks(false), new ClosingPunctuation(), new Continuation());
            default -> List.of(new ClosingPunctuation(), new Continuation());
        };
    }
}
