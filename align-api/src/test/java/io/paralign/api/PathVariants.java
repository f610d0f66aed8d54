package io.paralign.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Other spellings of a path: a {@code ;} parameter or an escaped {@code ;} in each segment, escaped letters (lower-
 * and upper-case hex), an escaped or doubled {@code /}, dot segments (plain and escaped), a backslash, an escaped
 * {@code %}, a trailing {@code /}, an upper-case segment. Each says whether the firewall (or Tomcat before it) must
 * reject it; the others reach the router, which may read them as the path itself.
 */
final class PathVariants {
    record Variant(String how, String path, boolean rejected) {
    }

    private PathVariants() {
    }

    static List<Variant> of(String path) {
        List<String> segments = path.equals("/") ? List.of("") : Arrays.asList(path.substring(1).split("/", -1));
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("as is", path, false));
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            out.add(new Variant("';x' in segment " + i, join(segments, i, segment + ";x"), true));
            out.add(new Variant("';' alone in segment " + i, join(segments, i, segment + ";"), true));
            out.add(new Variant("'%3Bx' in segment " + i, join(segments, i, segment + "%3Bx"), true));
            out.add(new Variant("'%3bx' in segment " + i, join(segments, i, segment + "%3bx"), true));
            int letter = firstLetter(segment);
            if (letter >= 0) {
                out.add(new Variant("first letter escaped in segment " + i,
                        join(segments, i, segment.substring(0, letter) + escape(segment.charAt(letter), false)
                                + segment.substring(letter + 1)), false));
                out.add(new Variant("letters escaped, upper-case hex, in segment " + i,
                        join(segments, i, escapeLetters(segment, true)), false));
                out.add(new Variant("letters escaped, lower-case hex, in segment " + i,
                        join(segments, i, escapeLetters(segment, false)), false));
                out.add(new Variant("segment " + i + " in upper case",
                        join(segments, i, segment.toUpperCase(Locale.ROOT)), false));
            }
            out.add(new Variant("'%5C' in segment " + i, join(segments, i, segment + "%5Cx"), true));
            out.add(new Variant("'%25' in segment " + i, join(segments, i, segment + "%2561"), true));
            String before = String.join("/", segments.subList(0, i));
            String from = String.join("/", segments.subList(i, segments.size()));
            String prefix = i == 0 ? "" : "/" + before;
            out.add(new Variant("'//' before segment " + i, prefix + "//" + from, true));
            for (String dots : List.of("x/..", "x/%2e%2e", "x/%2E%2E", "x/.%2e", ".", "%2e", "%2E")) {
                out.add(new Variant("'/" + dots + "/' before segment " + i, prefix + "/" + dots + "/" + from, true));
            }
            if (i > 0) {
                out.add(new Variant("'%2F' for the '/' before segment " + i, "/" + before + "%2F" + from, true));
                out.add(new Variant("'%2f' for the '/' before segment " + i, "/" + before + "%2f" + from, true));
            }
        }
        if (!path.equals("/")) {
            out.add(new Variant("trailing '/'", path + "/", false));
            out.add(new Variant("trailing '/.'", path + "/.", true));
            out.add(new Variant("trailing '/%2e'", path + "/%2e", true));
        }
        return out;
    }

    private static String join(List<String> segments, int i, String replacement) {
        List<String> copy = new ArrayList<>(segments);
        copy.set(i, replacement);
        return "/" + String.join("/", copy);
    }

    private static int firstLetter(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (Character.isLetter(segment.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String escapeLetters(String segment, boolean upperCase) {
        StringBuilder out = new StringBuilder();
        for (char c : segment.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) ? escape(c, upperCase) : String.valueOf(c));
        }
        return out.toString();
    }

    private static String escape(char c, boolean upperCase) {
        String hex = String.format("%%%02x", (int) c);
        return upperCase ? hex.toUpperCase(Locale.ROOT) : hex;
    }
}
