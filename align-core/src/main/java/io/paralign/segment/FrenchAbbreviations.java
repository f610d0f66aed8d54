package io.paralign.segment;

import java.util.Arrays;
import java.util.Set;

/**
 * Removes breaks after French abbreviations that ICU's {@code fr@ss=standard} list misses
 * ({@code Mme.}, {@code Dr.}, {@code cf.}, {@code p.} ...) and after single capital initials
 * ({@code J. K. Rowling}).
 *
 * <p>Titles and reference words are always followed by more of the sentence, so the break goes.
 * Words that often end a sentence ({@code etc.}, {@code J.-C.}) keep their break unless a lower-case
 * letter or a digit follows. Known cost: a sentence ending with a lone capital letter
 * ({@code la vitamine C. Puis}) is merged with the next one.
 */
final class FrenchAbbreviations implements BreakFixup {
    private static final Set<String> ALWAYS = Set.of(
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Drs", "Pr", "Prs",
            "St", "Ste", "Sts", "Stes", "cf", "Cf", "p", "pp", "ex", "Ex", "av", "apr", "env", "vol",
            "art", "chap", "fig", "éd", "coll", "réf", "tél", "n", "no", "No", "nos", "Nos");
    private static final Set<String> BEFORE_LOWERCASE = Set.of("etc", "J.-C");

    @Override
    public int[] apply(String paragraph, int[] breaks) {
        return Arrays.stream(breaks).filter(b -> !abbreviationBefore(paragraph, b)).toArray();
    }

    private static boolean abbreviationBefore(String s, int b) {
        int dot = b - 1;
        while (dot >= 0 && Chars.isSpace(s.charAt(dot))) {
            dot--;
        }
        if (dot < 1 || s.charAt(dot) != '.') {
            return false;
        }
        int start = dot;
        while (start > 0 && isTokenChar(s.charAt(start - 1))) {
            start--;
        }
        String token = s.substring(start, dot);
        if (ALWAYS.contains(token) || isInitial(token)) {
            return true;
        }
        int next = BreakFixup.skipSpaces(s, b);
        return BEFORE_LOWERCASE.contains(token) && next < s.length()
                && (Character.isLowerCase(s.codePointAt(next)) || Character.isDigit(s.codePointAt(next)));
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '-';
    }

    private static boolean isInitial(String token) {
        return token.length() == 1 && Character.isUpperCase(token.charAt(0));
    }
}
