package io.paralign.segment;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Composes the sentence splitter of each language: ICU's locale rules plus ordered fix-ups. */
final class SentenceRules {
    private static final int CACHE_LIMIT = 1_000;
    private static final Map<ULocale, SentenceSplitter> SPLITTERS = new ConcurrentHashMap<>();

    private SentenceRules() {
    }

    /** The splitter of a language, made once per language (up to a bound) and shared: splitters are thread-safe. */
    static SentenceSplitter forLanguage(ULocale language) {
        SentenceSplitter known = SPLITTERS.get(language);
        if (known != null) {
            return known;
        }
        SentenceSplitter splitter = create(language);
        if (SPLITTERS.size() < CACHE_LIMIT) {
            SPLITTERS.put(language, splitter);
        }
        return splitter;
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
