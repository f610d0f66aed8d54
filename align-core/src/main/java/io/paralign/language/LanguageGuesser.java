package io.paralign.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the language of a document in two steps, as script-first identifiers such as CLD do: the dominant script
 * decides when it belongs to one language (Arabic, Han, Hangul, Greek...); Latin-script text is decided by counting
 * the most frequent function words of each candidate language (Grefenstette 1995, "Comparing two language
 * identification schemes"). Returns a BCP 47 tag; throws {@link UnknownLanguageException} rather than guess when
 * the evidence is thin. Stateless and thread-safe.
 */
public final class LanguageGuesser {
    /** Letters needed before any guess. */
    static final int MIN_LETTERS = 20;
    /** Function-word hits needed for a Latin-script guess. */
    static final int MIN_HITS = 3;
    /** How far the best language must lead the second, as a ratio of hits. */
    static final double MIN_LEAD = 1.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern PERSIAN = Pattern.compile("[پچژگکی]");
    private static final Pattern URDU = Pattern.compile("[ٹڈڑںھےۓ]");

    private LanguageGuesser() {
    }

    /**
     * @param text a document, a few sentences or more
     * @return its language as a BCP 47 tag, e.g. {@code ar}, {@code fr}, {@code zh}
     * @throws UnknownLanguageException when the text has too few letters or no language stands out
     */
    public static String guess(String text) {
        if (text == null) {
            throw new UnknownLanguageException("cannot tell the language of a null text");
        }
        Map<UnicodeScript, Integer> scripts = scripts(text);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < MIN_LETTERS) {
            throw new UnknownLanguageException("cannot tell the language: " + letters + " letters, at least "
                    + MIN_LETTERS + " needed");
        }
        // Japanese mixes Han with kana, so kana decide before Han does
        if (scripts.getOrDefault(UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(UnicodeScript.KATAKANA, 0)
                > letters / 10) {
            return "ja";
        }
        UnicodeScript dominant = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return switch (dominant) {
            case LATIN -> latin(text);
            case ARABIC -> arabicScript(text, scripts.get(UnicodeScript.ARABIC));
            case HAN -> "zh";
            case HANGUL -> "ko";
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case HEBREW -> "he";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> throw new UnknownLanguageException("cannot tell the language: mostly "
                    + dominant.name().toLowerCase(Locale.ROOT) + " script, which no known language is mapped to");
        };
    }

    private static Map<UnicodeScript, Integer> scripts(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        return counts;
    }

    /** Arabic script: Arabic unless letters only Persian or Urdu use are frequent. */
    private static String arabicScript(String text, int letters) {
        int urdu = count(URDU, text);
        int persian = count(PERSIAN, text);
        if (urdu > letters / 50) {
            return "ur";
        }
        return persian > letters / 50 ? "fa" : "ar";
    }

    private static String latin(String text) {
        Map<String, Integer> hits = new java.util.TreeMap<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            for (Map.Entry<String, Set<String>> language : Stopwords.LATIN.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        if (first < MIN_HITS || first < MIN_LEAD * second) {
            throw new UnknownLanguageException("cannot tell the language of a Latin-script text: function words "
                    + (hits.isEmpty() ? "of no known language" : "found " + hits));
        }
        return best;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
