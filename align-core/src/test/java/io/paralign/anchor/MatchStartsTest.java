package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchStartsTest {
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{IsLatin}\\d])\\d+(?:[.,]\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("\\b([IVXLC]{1,8})(?:e|er|th)\\b");
    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}])[\\p{Lu}\\p{Lt}]\\p{L}*");

    @ParameterizedTest
    @ValueSource(strings = {
        "", "12", "a1 2,5 et 30.", "G20 et 1990 – ٢٠ ou 7", "XVIIe siècle, XXIst, Ier, MIX, LXe", "aXe IIe _IIe 3IIe",
        "Le Caire et ǅemal, 𝐀lpha et Émile à Paris", "قال أوباما في 2009 إن CNN", "\uD835", "x\u0301Yz IVe"})
    void findsWhatFindFinds(String text) {
        assertEquals(spans(DIGITS.matcher(text)), spans(DIGITS, text, MatchStarts.Start.ASCII_DIGIT));
        assertEquals(spans(ORDINAL.matcher(text)), spans(ORDINAL, text, MatchStarts.Start.ROMAN_NUMERAL));
        assertEquals(spans(CAPITALIZED.matcher(text)), spans(CAPITALIZED, text, MatchStarts.Start.UPPER_OR_TITLE));
    }

    private static List<String> spans(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> spans(Pattern pattern, String text, MatchStarts.Start start) {
        Matcher m = pattern.matcher(text);
        MatchStarts starts = new MatchStarts(m, text, start);
        List<String> found = new ArrayList<>();
        while (starts.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
