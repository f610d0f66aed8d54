package io.paralign.report;

/** Escaping for XML written by hand (TMX, the CLI's summary page), and the characters XML 1.0 allows. */
public final class Markup {
    private Markup() {
    }

    /**
     * Text safe inside an element or a quoted attribute: {@code & < > " '} escaped, and characters that XML 1.0
     * forbids (control characters, lone surrogates, U+FFFE/U+FFFF) dropped.
     */
    public static String escape(String text) {
        String allowed = xmlChars(text);
        StringBuilder out = new StringBuilder(allowed.length() + 16);
        for (int i = 0; i < allowed.length(); i++) {
            char c = allowed.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text without the characters XML 1.0 forbids: control characters, lone surrogates, U+FFFE and U+FFFF. */
    public static String xmlChars(String text) {
        int kept = xmlPrefix(text);
        if (kept == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, kept);
        for (int i = kept; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (isXmlChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Length of the prefix that {@link #xmlChars} keeps as it is. */
    private static int xmlPrefix(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isXmlChar(c)) {
                return i;
            }
        }
        return text.length();
    }

    /** A character XML 1.0 allows that is not half of a surrogate pair. */
    private static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
