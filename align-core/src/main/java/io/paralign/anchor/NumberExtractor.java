package io.paralign.anchor;

import io.paralign.model.Span;
import io.paralign.profile.LanguageProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers in any of the digit sets and separator conventions of the project's languages, keyed by their ASCII value.
 *
 * <p>Digits: ASCII, Arabic-Indic ({@code ٠-٩}), Extended Arabic-Indic ({@code ۰-۹}) and any other decimal digit.
 * Separators: a {@code .}, {@code ,}, {@code '} or space (normal, no-break, narrow no-break, thin) followed by
 * exactly three digits, repeated with the same character, groups thousands ({@code 65 000}, {@code 65,000},
 * {@code 65.000} → {@code 65000}); otherwise a {@code .}, {@code ,} or {@code ٫} is a decimal separator
 * ({@code 1,5} → {@code 1.5}). So {@code 3,141} reads as 3141: in news text a three-digit fraction is rarer than
 * a thousands group. Keys drop leading zeros of the integer part and trailing zeros of the fraction.
 *
 * <p>A number glued to a Latin letter is part of a code and not extracted ({@code G20}, {@code MP3}, {@code 5G}),
 * except before an ordinal or unit suffix ({@code 1er}, {@code 3rd}, {@code 1990s}, {@code 10h}, {@code 5km}).
 * A following {@code %}, {@code ٪} or "pour cent"/"percent"/"Prozent"/"بالمائة" (the number words of the
 * languages' profiles) belongs to the anchor's span and surface, not its key. Weight grows with the number of
 * significant digits: three or more (years, amounts) 1.0, two 0.7, one 0.3.
 */
final class NumberExtractor implements AnchorExtractor {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\d])"
                    + "(?:\\d{1,3}([ \\u00A0\\u202F\\u2009.,'])\\d{3}(?:\\1\\d{3})*(?!\\d)|\\d+)"
                    + "(?:(?!\\1)[.,]\\d+)?(?!\\d)");
    /**
     * A percent sign or every language's "per cent" ({@linkplain io.paralign.profile.LanguageProfile#percentWords()
     * its profile's number words}); no alternative starts another, so their order does not matter.
     */
    private static final Pattern PERCENT = Pattern.compile(
            "[ \\u00A0\\u202F]?(?:" + LanguageProfiles.everyProfile().stream()
                    .flatMap(profile -> profile.percentWords().stream()).collect(Collectors.joining("|")) + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
    private static final Set<String> SUFFIXES = Set.of(
            "er", "re", "e", "es", "ème", "eme", "st", "nd", "rd", "th", "s", "h", "km", "kg", "cm", "mm", "m", "g");

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        String shadow = shadow(text);
        if (!hasDigit(shadow)) {
            return List.of(); // every number the pattern finds has an ASCII digit
        }
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = NUMBER.matcher(shadow);
        MatchStarts numbers = new MatchStarts(m, shadow, MatchStarts.Start.ASCII_DIGIT);
        Matcher percent = PERCENT.matcher(text);
        while (numbers.find()) {
            if (gluedToCode(text, m.end())) {
                continue;
            }
            int end = m.end();
            if (percent.region(end, text.length()).lookingAt()) {
                end = percent.end();
            }
            String key = key(m.group(), m.group(1));
            anchors.add(new Anchor(AnchorKind.NUMBER, key, text.substring(m.start(), end),
                    new Span(offset + m.start(), offset + end), weight(key)));
        }
        return anchors;
    }

    /**
     * The text with every decimal digit as ASCII and ٫ ٬ as . , — same length, so offsets carry over; the text itself
     * when it has none of them to change.
     */
    private static String shadow(String text) {
        int first = 0;
        while (first < text.length() && !shadowed(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (c > 0x7F) {
                int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
                if (digit >= 0) {
                    chars[i] = (char) ('0' + digit);
                } else if (c == '٫') {
                    chars[i] = '.';
                } else if (c == '٬') {
                    chars[i] = ',';
                }
            }
        }
        return new String(chars);
    }

    /** Whether {@link #shadow} changes the character. */
    private static boolean shadowed(char c) {
        return c > 0x7F && (c == '٫' || c == '٬' || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean gluedToCode(String text, int end) {
        int stop = end;
        while (stop < text.length() && Character.isLetter(text.charAt(stop))
                && Character.UnicodeScript.of(text.charAt(stop)) == Character.UnicodeScript.LATIN) {
            stop++;
        }
        return stop > end && !SUFFIXES.contains(text.substring(end, stop));
    }

    static String key(String number, String groupSeparator) {
        String digits = number;
        if (groupSeparator != null) {
            digits = digits.replace(groupSeparator, "");
        }
        int point = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String integer = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        integer = LEADING_ZEROS.matcher(integer).replaceFirst("");
        fraction = TRAILING_ZEROS.matcher(fraction).replaceFirst("");
        return fraction.isEmpty() ? integer : integer + "." + fraction;
    }

    private static double weight(String key) {
        int significant = LEADING_ZEROS.matcher(key.replace(".", "")).replaceFirst("").length();
        return significant >= 3 ? 1.0 : significant == 2 ? 0.7 : 0.3;
    }
}
