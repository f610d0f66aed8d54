package io.paralign.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a text shows of its language: letters per script, and function-word hits per Latin-script language. */
final class TextEvidence {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    final Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    /** Function words of each Latin-script language found, sorted by language. */
    final Map<String, Integer> hits = new TreeMap<>();
    final int letters;
    /** Words of the text, any script. */
    final int words;

    TextEvidence(String text) {
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> scripts.merge(UnicodeScript.of(cp), 1, Integer::sum));
        letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int n = 0;
        while (m.find()) {
            n++;
            String word = m.group();
            for (Map.Entry<String, Set<String>> language : Stopwords.LATIN.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        words = n;
    }

    int letters(UnicodeScript script) {
        return scripts.getOrDefault(script, 0);
    }

    /** The share of letters in any of these scripts, 0 to 1 (0 for a text with no letters). */
    double share(Set<UnicodeScript> of) {
        return letters == 0 ? 0 : of.stream().mapToInt(this::letters).sum() / (double) letters;
    }

    UnicodeScript dominant() {
        return scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    int hits(String language) {
        return hits.getOrDefault(language, 0);
    }
}
