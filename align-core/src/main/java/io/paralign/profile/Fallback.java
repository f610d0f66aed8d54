package io.paralign.profile;

import java.util.List;
import java.util.Set;

/**
 * The profile of a language without one ({@code und}, undetermined): ICU's sentence breaks with the fix-ups every
 * language gets, prefix stemming, Lucene's standard analyzer, no words of its own. It also holds the signs that mean
 * the same in every language (the percent signs, the copyright sign, links), which pooled parts read with every
 * registered language's.
 */
final class Fallback {
    private static final List<String> PERCENT_SIGNS = List.of("%", "٪", "‰");
    private static final List<BoilerplateCue> BOILERPLATE = List.of(
            new BoilerplateCue("©|\\(c\\)\\s*\\d{4}|https?://|\\bwww\\.", "©", "(c)", "http", "www."));

    static final LanguageProfile LEFT_TO_RIGHT = profile(Direction.LEFT_TO_RIGHT);
    /** For right-to-left languages without a profile of their own (Yiddish, Pashto, Sindhi...). */
    static final LanguageProfile RIGHT_TO_LEFT = profile(Direction.RIGHT_TO_LEFT);

    private Fallback() {
    }

    private static LanguageProfile profile(Direction direction) {
        return new LanguageProfile("und", direction,
                List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION), Stemming.PREFIX,
                Set.of(), Set.of(), PERCENT_SIGNS, BOILERPLATE, false, SearchAnalyzer.STANDARD);
    }
}
