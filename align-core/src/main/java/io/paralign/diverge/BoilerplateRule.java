package io.paralign.diverge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises publisher boilerplate: site chrome ("back to top"), cross-links ("read also"), subscription calls,
 * copyright lines, translation credits and bare links, in Arabic, French, English and German. A line is boilerplate
 * when it is short (at most {@value #MAX_WORDS} words) and one of these patterns occurs in it.
 */
public final class BoilerplateRule {
    static final int MAX_WORDS = 40;
    /**
     * Each pattern with literals one of which every match contains: a line holding none of a pattern's cues is not
     * searched for it. Lines are lower-cased before matching.
     */
    private static final List<Cued> PATTERNS = List.of(
            // Arabic
            new Cued("اقرأ\\s*(أيضا|ايضا|أيضاً|ايضاً|المزيد)", "اقرأ"),
            new Cued("جميع\\s+الحقوق\\s+محفوظة", "محفوظة"),
            new Cued("تابعونا|تابعوا\\s+(صفحتنا|حسابنا)|اشترك(وا)?\\s+في", "تابعو", "اشترك"),
            new Cued("زر\\s+الذهاب\\s+إلى\\s+الأعلى|العودة\\s+إلى\\s+(الأعلى|أعلى)", "الذهاب", "العودة"),
            new Cued("(ترجم(ة|ها)?|مترجم)\\s+(عن|من)\\s+(الإنجليزية|الانجليزية|الفرنسية)", "ترجم"),
            new Cued("شارك(وا)?\\s+(المقال|الخبر)|للمزيد\\s+من\\s+(الأخبار|المعلومات)", "شارك", "للمزيد"),
            // French
            new Cued("\\blire\\s+aussi\\b|\\bà\\s+lire\\s+aussi\\b|\\bvoir\\s+aussi\\b", "aussi"),
            new Cued("tous\\s+droits\\s+réservés", "réservés"),
            new Cued("\\babonnez[- ]vous\\b|lettre\\s+d[’']information|newsletter", "abonnez", "information",
                    "newsletter"),
            new Cued("\\btraduit\\s+(de|du)\\s+l[’']?(anglais|arabe|allemand|espagnol)", "traduit"),
            new Cued("\\bcliquez\\s+ici\\b|\\bretour\\s+en\\s+haut\\b|\\bsuivez[- ]nous\\b", "cliquez", "retour",
                    "suivez"),
            new Cued("pour\\s+en\\s+savoir\\s+plus\\s+sur\\s+la\\s+reprise", "reprise"),
            // English and German
            new Cued("\\bread\\s+(more|also)\\b|\\ball\\s+rights\\s+reserved\\b|\\bback\\s+to\\s+top\\b", "read",
                    "reserved", "back"),
            new Cued("\\bsubscribe\\s+to\\b|\\bfollow\\s+us\\b|\\bclick\\s+here\\b|\\btranslated\\s+from\\b",
                    "subscribe", "follow", "click", "translated"),
            new Cued("\\balle\\s+rechte\\s+vorbehalten\\b|\\bmehr\\s+zum\\s+thema\\b|\\bnach\\s+oben\\b",
                    "vorbehalten", "thema", "oben"),
            // any language
            new Cued("©|\\(c\\)\\s*\\d{4}|https?://|\\bwww\\.", "©", "(c)", "http", "www."));

    private BoilerplateRule() {
    }

    /** True when the line reads as boilerplate. */
    public static boolean matches(String line) {
        return match(line) != null;
    }

    /** The pattern that makes a line boilerplate, or null when it is not. */
    static String match(String line) {
        if (line.isBlank() || words(line.trim()) > MAX_WORDS) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (Cued cued : PATTERNS) {
            if (cued.cuedIn(lower)) {
                Matcher matcher = cued.pattern().matcher(lower);
                if (matcher.find()) {
                    return matcher.group();
                }
            }
        }
        return null;
    }

    /** Words of a trimmed line, as {@code split("\\s+")} would count them. */
    private static int words(String trimmed) {
        int words = 1;
        for (int i = 1; i < trimmed.length(); i++) {
            if (isSpace(trimmed.charAt(i)) && !isSpace(trimmed.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private record Cued(Pattern pattern, List<String> cues) {
        Cued(String regex, String... cues) {
            this(Pattern.compile(regex), List.of(cues));
        }

        /** Whether the lower-cased line holds one of the cues. */
        boolean cuedIn(String lower) {
            for (String cue : cues) {
                if (lower.contains(cue)) {
                    return true;
                }
            }
            return false;
        }
    }
}
