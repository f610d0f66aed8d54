package io.paralign.anchor;

/**
 * The consonant skeleton of a romanized word: the key of {@link AnchorKind#NAME} anchors.
 *
 * <p>Arabic script writes consonants and long vowels but no short vowels, so ICU's {@code Any-Latin} gives
 * {@code هواوي → hwawy}, {@code جريزمان → jryzman}. A skeleton makes such forms and Latin spellings comparable:
 * letters are mapped to sound classes, and vowels are kept only as three weak classes that the matcher treats as
 * cheap to insert, drop or swap ({@link NameMatcher#similarity}).
 * <ul>
 *   <li>consonant classes: {@code b p → b}; {@code f v ph → f}; {@code g j gh dj → g}; {@code k q c(hard) ck qu kh
 *       → k}; {@code s z c(soft) → s}; {@code sh ch sch tch tsh → x}, and {@code x} at the start of a word (Pinyin:
 *       Xinjiang), elsewhere {@code x → ks}; {@code th → t}; {@code dh → d}; {@code h l m n r t d} themselves;
 *       digits themselves (G20, MP3);</li>
 *   <li>weak classes: {@code a → a}; {@code e i y → y}; {@code o u w ou → w} (Arabic writes long i/e with ي
 *       and long u/o with و, and uses them for the glides y and w too);</li>
 *   <li>runs of the same class collapse (Griezmann → {@code grysman}).</li>
 * </ul>
 * t and d stay distinct, as do s and x: the matcher charges half a consonant for swapping them.
 */
final class Skeleton {
    private Skeleton() {
    }

    /** Skeleton of a romanized word; characters other than ASCII letters and digits are ignored. */
    static String of(String romanized) {
        String s = asciiLower(romanized);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            int used = 1;
            char cls;
            if (s.startsWith("tsch", i)) {
                cls = 'x';
                used = 4;
            } else if (s.startsWith("sch", i) || s.startsWith("tch", i) || s.startsWith("tsh", i)) {
                cls = 'x';
                used = 3;
            } else if (next == 'h' && "sctpdkgz".indexOf(c) >= 0) {
                cls = switch (c) {
                    case 's', 'c' -> 'x';
                    case 'p' -> 'f';
                    case 'k' -> 'k';
                    case 'g' -> 'g';
                    case 'z' -> 's';
                    default -> c; // th -> t, dh -> d
                };
                used = 2;
            } else if ((c == 'c' && next == 'k') || (c == 'q' && next == 'u') || (c == 'o' && next == 'u')
                    || (c == 'd' && next == 'j')) {
                cls = c == 'o' ? 'w' : c == 'd' ? 'g' : 'k';
                used = 2;
            } else if (c == 'x' && i > 0) {
                out.append("ks");
                i++;
                continue;
            } else {
                cls = single(c, next);
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
                out.append(cls);
            }
            i += used;
        }
        return out.toString();
    }

    private static char single(char c, char next) {
        return switch (c) {
            case 'p' -> 'b';
            case 'v' -> 'f';
            case 'j' -> 'g';
            case 'q' -> 'k';
            case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            case 'z' -> 's';
            case 'e', 'i' -> 'y';
            case 'o', 'u' -> 'w';
            default -> c;
        };
    }

    static boolean isWeak(char cls) {
        return cls == 'a' || cls == 'w' || cls == 'y';
    }

    static int consonants(String skeleton) {
        int n = 0;
        for (int i = 0; i < skeleton.length(); i++) {
            if (!isWeak(skeleton.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String asciiLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
