package io.paralign.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a text shows of its language: letters per script and the Arabic-script letters only Persian or only Urdu
 * use, counted in one pass, and function-word hits per Latin-script language, counted on first use (a text in
 * another script never needs them).
 */
final class TextEvidence {
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    /** Each function word and the languages it belongs to. */
    private static final Map<String, List<String>> LANGUAGES_OF = new HashMap<>();
    private static final int LONGEST_WORD;

    static {
        int longest = 0;
        for (Map.Entry<String, Set<String>> language : FunctionWords.BY_LANGUAGE.entrySet()) {
            for (String word : language.getValue()) {
                LANGUAGES_OF.computeIfAbsent(word, w -> new ArrayList<>()).add(language.getKey());
                longest = Math.max(longest, word.length());
            }
        }
        LANGUAGES_OF.replaceAll((word, languages) -> List.copyOf(languages));
        LONGEST_WORD = longest;
    }

    private final String text;
    private final int[] scripts = new int[SCRIPTS.length];
    final int letters;
    /** Letters Persian writes and Arabic does not: پ چ ژ گ ک ی. */
    final int persianLetters;
    /** Letters Urdu writes and Persian and Arabic do not: ٹ ڈ ڑ ں ھ ے ۓ. */
    final int urduLetters;
    private Map<String, Integer> hits; // with words, counted on first use
    private int words;

    TextEvidence(String text) {
        this.text = text;
        int n = 0;
        int persian = 0;
        int urdu = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                scripts[script(cp).ordinal()]++;
                n++;
                switch (cp) {
                    case 0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC -> persian++;
                    case 0x679, 0x688, 0x691, 0x6BA, 0x6BE, 0x6D2, 0x6D3 -> urdu++;
                    default -> {
                    }
                }
            }
        }
        letters = n;
        persianLetters = persian;
        urduLetters = urdu;
    }

    /** The script of a letter; the common Latin and Arabic letters without {@link UnicodeScript#of}'s search. */
    private static UnicodeScript script(int letter) {
        if (letter < 0x250 && letter != 0xB5) { // µ is Common
            return UnicodeScript.LATIN;
        }
        if (letter >= 0x621 && letter <= 0x64A && letter != 0x640) { // tatweel is Common
            return UnicodeScript.ARABIC;
        }
        return UnicodeScript.of(letter);
    }

    int letters(UnicodeScript script) {
        return scripts[script.ordinal()];
    }

    /** Letters per script, for the scripts the text has, most first. */
    Map<UnicodeScript, Integer> scripts() {
        Map<UnicodeScript, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.stream.IntStream.range(0, SCRIPTS.length).filter(i -> scripts[i] > 0).boxed()
                .sorted((a, b) -> Integer.compare(scripts[b], scripts[a]))
                .forEach(i -> counts.put(SCRIPTS[i], scripts[i]));
        return counts;
    }

    /** The share of letters in any of these scripts, 0 to 1 (0 for a text with no letters). */
    double share(Set<UnicodeScript> of) {
        return letters == 0 ? 0 : of.stream().mapToInt(this::letters).sum() / (double) letters;
    }

    double share(UnicodeScript of) {
        return share(EnumSet.of(of));
    }

    /** The script with the most letters (the first in Unicode's order on a tie); the text must have letters. */
    UnicodeScript dominant() {
        int best = 0;
        for (int i = 1; i < scripts.length; i++) {
            if (scripts[i] > scripts[best]) {
                best = i;
            }
        }
        return SCRIPTS[best];
    }

    /** Function words of each Latin-script language found, sorted by language. */
    Map<String, Integer> hits() {
        if (hits == null) {
            Map<String, Integer> found = new TreeMap<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                words++;
                while (i < text.length() && isWordChar(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (i - start <= LONGEST_WORD) { // function words are short
                    List<String> languages = LANGUAGES_OF.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (languages != null) {
                        languages.forEach(language -> found.merge(language, 1, Integer::sum));
                    }
                }
            }
            hits = Collections.unmodifiableMap(found);
        }
        return hits;
    }

    /** Words of the text, any script. */
    int words() {
        hits();
        return words;
    }

    int hits(String language) {
        return hits().getOrDefault(language, 0);
    }

    /** A letter or a combining mark: the characters of a word, as {@code [\p{L}\p{M}]+} matches them. */
    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
