package io.paralign.anchor;

import io.paralign.cache.BoundedCache;
import io.paralign.model.Span;
import io.paralign.profile.LanguageProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name candidates in a script with letter case (Latin, Cyrillic, Greek): capitalized words and acronyms.
 *
 * <p>A candidate is a word starting with an upper-case letter, not a {@linkplain StopWords function word}, whose skeleton has at least two classes and
 * one consonant. A hyphenated all-caps token stays whole ({@code OIC-CERT}, matched against a Latin token on the
 * other side); other hyphenated tokens give one candidate per capitalized part ({@code Baton-Rouge},
 * {@code Jean-Marie}, {@code Kim Jong-un} → Kim, Jong), since Arabic writes them as separate words. Weight: acronyms (all upper case) 1.0; other words 0.8, but 0.4 for the first word of the text
 * (sentence-initial capital) and 0.5 in a language that capitalizes every noun (German: its
 * {@linkplain io.paralign.profile.LanguageProfile#nounsCapitalized() profile} says so). Non-Latin words are
 * romanized as ICU's {@code Any-Latin; Latin-ASCII} transliteration would ({@link Romanizer}).
 */
final class CasedNameFinder implements AnchorExtractor {
    private static final String PART = "[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*";
    private static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}])[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}\\p{Nd}]*(?:-" + PART + ")*");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{Nd}]");

    /** Non-ASCII word → skeleton; transliteration costs ~10 µs a word and names repeat. */
    private final BoundedCache<String, String> romanizedKeys =
            new BoundedCache<>(BoundedCache.WORDS, word -> Skeleton.of(Romanizer.romanize(word)));

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        Matcher first = FIRST_WORD.matcher(text);
        int firstWord = first.find() ? first.start() : -1;
        boolean nounsCapitalized = LanguageProfiles.of(language).nounsCapitalized();
        Matcher m = WORD.matcher(text);
        MatchStarts words = new MatchStarts(m, text, MatchStarts.Start.UPPER_OR_TITLE);
        while (words.find()) {
            String token = m.group();
            if (token.indexOf('-') < 0 || token.equals(token.toUpperCase(Locale.ROOT))) {
                add(token, m.start(), offset, firstWord, nounsCapitalized, anchors);
                continue;
            }
            int partStart = 0;
            for (String part : token.split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
                    add(part, m.start() + partStart, offset, firstWord, nounsCapitalized, anchors);
                }
                partStart += part.length() + 1;
            }
        }
        return anchors;
    }

    private void add(String word, int start, int offset, int firstWord, boolean nounsCapitalized,
                     List<Anchor> anchors) {
        if (StopWords.ALL.contains(word.toLowerCase(Locale.ROOT))) {
            return;
        }
        String key = isAscii(word) ? Skeleton.of(word) : romanizedKeys.get(word);
        if (key.length() < 2 || Skeleton.consonants(key) == 0) {
            return;
        }
        boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
        double weight = acronym ? 1.0 : start == firstWord ? 0.4 : nounsCapitalized ? 0.5 : 0.8;
        anchors.add(new Anchor(AnchorKind.NAME, key, word, new Span(offset + start, offset + start + word.length()), weight));
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
