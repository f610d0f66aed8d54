package io.paralign.anchor;

import com.ibm.icu.lang.UScript;
import java.util.List;

/**
 * Name candidates, by the script of the text's language: capitalized words where the script has case
 * ({@link CasedNameFinder}), every word where it has not but writes consonants (Arabic, Hebrew:
 * {@link UncasedNameFinder}); none for other scripts (Han, Kana, Hangul), which lack word spaces or both.
 */
final class NameExtractor implements AnchorExtractor {
    private final AnchorExtractor cased = new CasedNameFinder();
    private final AnchorExtractor uncased = new UncasedNameFinder();

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        return switch (Scripts.mainScript(language, text)) {
            case UScript.LATIN, UScript.CYRILLIC, UScript.GREEK, UScript.ARMENIAN -> cased.extract(text, offset, language);
            case UScript.ARABIC, UScript.HEBREW -> uncased.extract(text, offset, language);
            default -> List.of();
        };
    }
}
