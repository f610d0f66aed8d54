package io.paralign.profile;

import java.util.List;
import java.util.Set;

/** Arabic: ellipsis breaks before any letter, the light stemmer, Lucene's Arabic analyzer. */
final class Arabic {
    /** Words too common to be names, in {@code TextNormalizer} form (ا for أ إ آ, ي for ى, ه for ة). */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "اللذين", "ان",
            "انه", "انها", "كان", "كانت", "يكون", "تكون", "قد", "لقد", "لم", "لن", "لا", "ما", "ماذا", "كما", "او",
            "ثم", "بين", "حتي", "عند", "منذ", "بعد", "قبل", "خلال", "حول", "كل", "بعض", "غير", "الا", "اذا", "لكن",
            "لكنه", "هو", "هي", "هم", "هن", "نحن", "انا", "انت", "ايضا", "اي", "عليه", "عليها", "فيه", "فيها", "منه",
            "منها", "له", "لها", "لهم", "وقد", "ولم", "وهو", "وهي", "وفي", "ومن", "وان", "كذلك", "حيث", "الان",
            "اليوم", "عام", "عاما", "قال", "وقال", "يوم", "عدد", "مثل", "اكثر", "اول", "دون", "ضد", "لدي", "وكان",
            "وكانت", "هناك", "بشان", "الذى", "التى", "عليهم", "بها", "به", "عنه", "عنها");

    private static final List<BoilerplateCue> BOILERPLATE = List.of(
            new BoilerplateCue("اقرأ\\s*(أيضا|ايضا|أيضاً|ايضاً|المزيد)", "اقرأ"),
            new BoilerplateCue("جميع\\s+الحقوق\\s+محفوظة", "محفوظة"),
            new BoilerplateCue("تابعونا|تابعوا\\s+(صفحتنا|حسابنا)|اشترك(وا)?\\s+في", "تابعو", "اشترك"),
            new BoilerplateCue("زر\\s+الذهاب\\s+إلى\\s+الأعلى|العودة\\s+إلى\\s+(الأعلى|أعلى)", "الذهاب", "العودة"),
            new BoilerplateCue("(ترجم(ة|ها)?|مترجم)\\s+(عن|من)\\s+(الإنجليزية|الانجليزية|الفرنسية)", "ترجم"),
            new BoilerplateCue("شارك(وا)?\\s+(المقال|الخبر)|للمزيد\\s+من\\s+(الأخبار|المعلومات)", "شارك", "للمزيد"));

    static final LanguageProfile PROFILE = new LanguageProfile(
            "ar",
            Direction.RIGHT_TO_LEFT,
            List.of(SentenceFixup.ELLIPSIS_BEFORE_LETTER, SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION),
            Stemming.ARABIC_LIGHT,
            NAME_STOP_WORDS,
            Set.of(),
            List.of("بالمائة", "بالمئة", "في المائة", "في المئة"),
            BOILERPLATE,
            false,
            SearchAnalyzer.ARABIC);

    private Arabic() {
    }
}
