package io.paralign.diverge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises publisher boilerplate: site chrome ("back to top"), cross-links ("read also"), subscription calls,
 * copyright lines, translation credits and bare links, in Arabic, French, English and German. A line is boilerplate
 * when it is short (at most {@value #MAX_WORDS} words) and one of these patterns occurs in it.
 */
public final class BoilerplateRule {
    static final int MAX_WORDS = 40;
    private static final List<Pattern> PATTERNS = List.of(
            // Arabic
            Pattern.compile("اقرأ\\s*(أيضا|ايضا|أيضاً|ايضاً|المزيد)"),
            Pattern.compile("جميع\\s+الحقوق\\s+محفوظة"),
            Pattern.compile("تابعونا|تابعوا\\s+(صفحتنا|حسابنا)|اشترك(وا)?\\s+في"),
            Pattern.compile("زر\\s+الذهاب\\s+إلى\\s+الأعلى|العودة\\s+إلى\\s+(الأعلى|أعلى)"),
            Pattern.compile("(ترجم(ة|ها)?|مترجم)\\s+(عن|من)\\s+(الإنجليزية|الانجليزية|الفرنسية)"),
            Pattern.compile("شارك(وا)?\\s+(المقال|الخبر)|للمزيد\\s+من\\s+(الأخبار|المعلومات)"),
            // French
            Pattern.compile("\\blire\\s+aussi\\b|\\bà\\s+lire\\s+aussi\\b|\\bvoir\\s+aussi\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("tous\\s+droits\\s+réservés", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\babonnez[- ]vous\\b|lettre\\s+d[’']information|newsletter", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\btraduit\\s+(de|du)\\s+l[’']?(anglais|arabe|allemand|espagnol)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bcliquez\\s+ici\\b|\\bretour\\s+en\\s+haut\\b|\\bsuivez[- ]nous\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("pour\\s+en\\s+savoir\\s+plus\\s+sur\\s+la\\s+reprise", Pattern.CASE_INSENSITIVE),
            // English and German
            Pattern.compile("\\bread\\s+(more|also)\\b|\\ball\\s+rights\\s+reserved\\b|\\bback\\s+to\\s+top\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bsubscribe\\s+to\\b|\\bfollow\\s+us\\b|\\bclick\\s+here\\b|\\btranslated\\s+from\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\balle\\s+rechte\\s+vorbehalten\\b|\\bmehr\\s+zum\\s+thema\\b|\\bnach\\s+oben\\b",
                    Pattern.CASE_INSENSITIVE),
            // any language
            Pattern.compile("©|\\(c\\)\\s*\\d{4}|https?://|\\bwww\\.", Pattern.CASE_INSENSITIVE));

    /** Every pattern needs one of these; a line holding none is not boilerplate, with no regex run. */
    private static final List<String> CUES = List.of(
            "اقرأ", "الحقوق", "تابع", "اشترك", "الأعلى", "أعلى", "ترجم", "مترجم", "شارك", "للمزيد",
            "lire", "voir", "droits", "abonn", "lettre", "newsletter", "traduit", "cliquez", "retour", "suivez",
            "savoir", "read", "rights", "back", "subscribe", "follow", "click", "translated", "rechte", "thema",
            "oben", "©", "(c)", "http", "www.");

    private BoilerplateRule() {
    }

    /** True when the line reads as boilerplate. */
    public static boolean matches(String line) {
        return match(line) != null;
    }

    /** The pattern that makes a line boilerplate, or null when it is not. */
    static String match(String line) {
        if (line.isBlank() || line.trim().split("\\s+").length > MAX_WORDS) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (CUES.stream().noneMatch(lower::contains)) {
            return null;
        }
        for (Pattern pattern : PATTERNS) {
            var matcher = pattern.matcher(lower);
            if (matcher.find()) {
                return matcher.group();
            }
        }
        return null;
    }
}
