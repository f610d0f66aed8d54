package io.paralign.cli.render;

import java.util.Locale;
import java.util.Set;

/** Escaping for XML and HTML, and the writing direction of a language. */
public final class Markup {
    /** Languages written right to left (primary subtags). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb");

    private Markup() {
    }

    /**
     * Text safe inside an element or a quoted attribute: {@code & < > " '} escaped, and characters that XML 1.0
     * forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** {@code rtl} for Arabic, Hebrew, Persian and the like, else {@code ltr}. */
    public static String direction(String languageTag) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage()) ? "rtl" : "ltr";
    }
}
