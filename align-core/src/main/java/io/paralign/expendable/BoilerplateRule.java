package io.paralign.expendable;

import io.paralign.profile.LanguageProfiles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises publisher boilerplate: site chrome ("back to top"), cross-links ("read also"), subscription calls,
 * copyright lines, translation credits and bare links, in the languages whose
 * {@linkplain io.paralign.profile.LanguageProfile#boilerplate() profiles} list them (Arabic, French, English and
 * German), whatever language a text is declared in. A line is boilerplate when it is short (at most
 * {@value #MAX_WORDS} words) and one of these patterns occurs in it.
 */
public final class BoilerplateRule {
    static final int MAX_WORDS = 40;
    /**
     * Every language's patterns (its profile's boilerplate cues), then those of any language, in the registry's
     * order: the first pattern that matches names the line. Lines are lower-cased before matching.
     */
    private static final List<Cued> PATTERNS = LanguageProfiles.everyProfile().stream()
            .flatMap(profile -> profile.boilerplate().stream())
            .map(cue -> new Cued(Pattern.compile(cue.regex()), cue.cues()))
            .toList();

    private static final Cue[][] CUES_BY_FIRST_CHAR = cuesByFirstChar();

    private BoilerplateRule() {
    }

    /** True when the line reads as boilerplate. */
    public static boolean matches(String line) {
        return match(line) != null;
    }

    /** The text that makes a line boilerplate (the matched cue, lower-cased), or null when it is not. */
    public static String match(String line) {
        if (line.isBlank()) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        char[] chars = lower.toCharArray(); // lower-casing keeps every space and every word
        if (words(chars) > MAX_WORDS) {
            return null;
        }
        int cued = cuedPatterns(chars);
        for (int k = 0; cued != 0; k++, cued >>>= 1) {
            if ((cued & 1) != 0) {
                Matcher matcher = PATTERNS.get(k).pattern().matcher(lower);
                if (matcher.find()) {
                    return matcher.group();
                }
            }
        }
        return null;
    }

    /**
     * Bit k set when the lower-cased line holds one of pattern k's cues: one pass over the line, trying at each
     * character only the cues that start with it, instead of one search of the line per cue.
     */
    private static int cuedPatterns(char[] chars) {
        int cued = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            Cue[] starting = c < CUES_BY_FIRST_CHAR.length ? CUES_BY_FIRST_CHAR[c] : null;
            if (starting != null) {
                for (Cue cue : starting) {
                    if (cue.startsAt(chars, i)) {
                        cued |= 1 << cue.pattern();
                    }
                }
            }
        }
        return cued;
    }

    /** Every pattern's cues, by their first character (all lie below U+0700: Latin, Arabic and a few signs). */
    private static Cue[][] cuesByFirstChar() {
        if (PATTERNS.size() > Integer.SIZE) {
            throw new IllegalStateException("at most " + Integer.SIZE + " patterns fit the cue mask");
        }
        Cue[][] table = new Cue[0x700][];
        for (int k = 0; k < PATTERNS.size(); k++) {
            for (String text : PATTERNS.get(k).cues()) {
                char first = text.charAt(0);
                if (first >= table.length) {
                    throw new IllegalStateException("cue " + text + " starts above U+0700");
                }
                Cue[] known = table[first] == null ? new Cue[0] : table[first];
                Cue[] grown = Arrays.copyOf(known, known.length + 1);
                grown[known.length] = new Cue(text.toCharArray(), k);
                table[first] = grown;
            }
        }
        return table;
    }

    /** A cue's characters, the first included, and the index of its pattern. */
    private record Cue(char[] text, int pattern) {
        /** Whether the cue starts at {@code at}, where the line holds its first character (the table looked it up). */
        boolean startsAt(char[] line, int at) {
            if (line.length - at < text.length) {
                return false;
            }
            for (int k = 1; k < text.length; k++) {
                if (line[at + k] != text[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Words of a line, as {@code trim().split("\\s+")} would count them. */
    private static int words(char[] line) {
        int start = 0;
        int end = line.length;
        while (start < end && line[start] <= ' ') {
            start++;
        }
        while (end > start && line[end - 1] <= ' ') {
            end--;
        }
        int words = 1;
        for (int i = start + 1; i < end; i++) {
            if (isSpace(line[i]) && !isSpace(line[i - 1])) {
                words++;
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A pattern and its cues: a line holding none of the cues is not searched for the pattern. */
    private record Cued(Pattern pattern, List<String> cues) {
    }
}
