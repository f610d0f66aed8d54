package io.paralign.anchor;

import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman ordinals as numbers: "XVIIe siècle", "XXIst century", "Ier" stand for 17, 21, 1, which another language
 * writes in digits (القرن 17). Only numerals followed by an ordinal suffix are taken, and a one-letter numeral only
 * as "Ier", so "MIX", "Le" or "Ce" are not read as numbers.
 */
final class RomanOrdinalExtractor implements AnchorExtractor {
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b([IVXLC]{1,8})(?:e|er|ère|ème|eme|th|st|nd|rd)\\b");
    private static final String DIGITS = "IVXLC";
    private static final int[] VALUES = {1, 5, 10, 50, 100};

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = ORDINAL.matcher(text);
        MatchStarts ordinals = new MatchStarts(m, text, MatchStarts.Start.ROMAN_NUMERAL);
        while (ordinals.find()) {
            int value = value(m.group(1));
            boolean word = m.group(1).length() == 1 && !m.group().endsWith("er");
            if (value > 0 && !word) {
                anchors.add(new Anchor(AnchorKind.NUMBER, Integer.toString(value), m.group(),
                        new Span(offset + m.start(), offset + m.end()), value < 10 ? 0.3 : 0.7));
            }
        }
        return anchors;
    }

    /** The value of a well-formed Roman numeral, or 0 when it is not one (e.g. "IIX", "VV"). */
    static int value(String numeral) {
        int total = 0;
        for (int k = 0; k < numeral.length(); k++) {
            int v = VALUES[DIGITS.indexOf(numeral.charAt(k))];
            int next = k + 1 < numeral.length() ? VALUES[DIGITS.indexOf(numeral.charAt(k + 1))] : 0;
            total += v < next ? -v : v;
        }
        return toRoman(total).equals(numeral) ? total : 0;
    }

    private static String toRoman(int value) {
        String[] symbols = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] amounts = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int k = 0; k < amounts.length; k++) {
            while (rest >= amounts[k]) {
                out.append(symbols[k]);
                rest -= amounts[k];
            }
        }
        return out.toString();
    }
}
