package io.paralign.cli.bench;

import java.util.List;

/**
 * Word lists for synthetic articles, each entry an Arabic form and its French counterpart. Sentence templates hold
 * slots: {@code {P}} full name, {@code {S}} surname, {@code {R}} role, {@code {O}} organisation ({@code {Ole}} as a
 * French subject, {@code {Odu}} after "de"), {@code {C}} city, {@code {N}} count, {@code {U}} unit, {@code {K}}
 * percentage, {@code {Y}} year, {@code {D}} weekday, {@code {M}} month.
 */
final class ArticleWords {
    /** An Arabic form and its French counterpart. */
    record Term(String ar, String fr) {
    }

    /** An organisation: Arabic, French subject ("Le ministère…"), French after "de" ("du ministère…"). */
    record Organisation(String ar, String le, String du) {
    }

    static final List<Term> FIRST_NAMES = terms("محمد", "Mohamed", "كريم", "Karim", "يوسف", "Youssef", "سمير", "Samir",
            "عمر", "Omar", "رشيد", "Rachid", "خالد", "Khaled", "حسن", "Hassan", "أحمد", "Ahmed", "طارق", "Tarek",
            "مصطفى", "Moustafa", "نبيل", "Nabil", "وليد", "Walid", "هشام", "Hichem", "جمال", "Jamal", "سليم", "Slim");
    static final List<Term> SURNAMES = terms("حداد", "Haddad", "منصور", "Mansour", "بلقاسم", "Belkacem", "قاسم",
            "Kassem", "الخطيب", "El Khatib", "عثمان", "Othmane", "بن علي", "Ben Ali", "العمري", "El Omari", "سالم", "Salem",
            "الشريف", "Cherif", "بوزيد", "Bouzid", "الطرابلسي", "Trabelsi", "الزين", "Zein", "عياد", "Ayad", "نصر", "Nasr",
            "المصري", "Masri", "الفاسي", "Fassi", "بوعزة", "Bouazza", "الحسيني", "Husseini", "يعقوب", "Yacoub");
    static final List<Term> CITIES = terms("تونس", "Tunis", "الرباط", "Rabat", "الجزائر", "Alger", "بيروت", "Beyrouth",
            "القاهرة", "Le Caire", "عمّان", "Amman", "دكار", "Dakar", "صفاقس", "Sfax", "وهران", "Oran", "طرابلس", "Tripoli",
            "نواكشوط", "Nouakchott", "مراكش", "Marrakech", "قسنطينة", "Constantine", "صيدا", "Saïda", "أغادير", "Agadir");
    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("وزارة الصحة", "Le ministère de la Santé", "du ministère de la Santé"),
            new Organisation("البنك المركزي", "La Banque centrale", "de la Banque centrale"),
            new Organisation("الاتحاد الأفريقي", "L'Union africaine", "de l'Union africaine"),
            new Organisation("المجلس البلدي", "Le conseil municipal", "du conseil municipal"),
            new Organisation("وزارة التربية", "Le ministère de l'Éducation", "du ministère de l'Éducation"),
            new Organisation("الهلال الأحمر", "Le Croissant-Rouge", "du Croissant-Rouge"),
            new Organisation("نقابة الأطباء", "L'ordre des médecins", "de l'ordre des médecins"),
            new Organisation("وزارة الفلاحة", "Le ministère de l'Agriculture", "du ministère de l'Agriculture"));
    static final List<Term> ROLES = terms("المتحدث باسم", "porte-parole", "مدير", "directeur", "رئيس", "président",
            "مستشار", "conseiller");
    static final List<Term> UNITS = terms("طالب", "étudiants", "شاحنة", "camions", "عائلة", "familles",
            "طن من القمح", "tonnes de blé", "جهاز حاسوب", "ordinateurs", "سرير في المستشفيات", "lits d'hôpital",
            "منحة دراسية", "bourses d'études", "طبيب", "médecins");
    static final List<Term> DAYS = terms("الاثنين", "lundi", "الثلاثاء", "mardi", "الأربعاء", "mercredi", "الخميس",
            "jeudi", "الجمعة", "vendredi", "السبت", "samedi", "الأحد", "dimanche");
    static final List<Term> MONTHS = terms("يناير", "janvier", "فبراير", "février", "مارس", "mars", "أبريل", "avril",
            "مايو", "mai", "يونيو", "juin", "يوليو", "juillet", "سبتمبر", "septembre", "أكتوبر", "octobre",
            "نوفمبر", "novembre", "ديسمبر", "décembre");

    static final Term HEADLINE = new Term("{O} تعلن عن خطة جديدة لفائدة سكان {C}",
            "{Ole} annonce un nouveau plan pour les habitants de {C}");
    static final List<Term> SENTENCES = terms(
            "قال {P}، {R} {O}، إن {N} {U} ستصل إلى {C} قبل نهاية عام {Y}.",
            "{P}, {R} {Odu}, a déclaré que {N} {U} arriveront à {C} avant la fin de {Y}.",
            "وأعلنت {O} يوم {D} عن تخصيص {N} {U} لسكان {C}.",
            "{Ole} a annoncé {D} l'attribution de {N} {U} aux habitants de {C}.",
            "وأوضح {S} أن المشروع بدأ في عام {Y} بمشاركة {N} {U}.",
            "{S} a précisé que le projet avait commencé en {Y} avec {N} {U}.",
            "وبحسب أرقام رسمية، ارتفع العدد بنسبة {K} في المئة مقارنة بالعام الماضي.",
            "Selon des chiffres officiels, le nombre a augmenté de {K} % par rapport à l'année dernière.",
            "من جهته، انتقد {P} هذا القرار، معتبراً أنه لا يلبي احتياجات سكان {C}.",
            "De son côté, {P} a critiqué cette décision, estimant qu'elle ne répond pas aux besoins des habitants de {C}.",
            "ومن المتوقع أن يلتقي الوفد بممثلي {O} في {C} يوم {D}.",
            "La délégation doit rencontrer {D} les représentants {Odu} à {C}.",
            "وتبلغ الكلفة الإجمالية للمشروع {N} مليون دينار.",
            "Le coût total du projet s'élève à {N} millions de dinars.",
            "وأكد {S} في تصريح صحفي أن {N} {U} لم تصل بعد.",
            "Dans une déclaration à la presse, {S} a affirmé que {N} {U} n'étaient pas encore arrivés.",
            "وشهدت {C} خلال الأسابيع الأخيرة احتجاجات شارك فيها نحو {N} شخص.",
            "Ces dernières semaines, {C} a connu des manifestations auxquelles ont participé quelque {N} personnes.",
            "ويأتي هذا الإعلان بعد اجتماع عُقد في {C} في شهر {M} {Y}.",
            "Cette annonce intervient après une réunion tenue à {C} en {M} {Y}.",
            "وقال {P} لوكالة الأنباء: \"لن نتراجع عن هذا الالتزام\".",
            "« Nous ne reviendrons pas sur cet engagement », a déclaré {P} à l'agence de presse.",
            "ويقدر خبراء أن {K} في المئة من السكان سيتأثرون بهذه الإجراءات.",
            "Des experts estiment que {K} % de la population sera touchée par ces mesures.");

    /** Closing lines one side only has. */
    static final String AR_BOILERPLATE = "لمتابعة آخر الأخبار، اشترك في نشرتنا البريدية.";
    static final String FR_CREDIT = "Traduit de l'arabe par la rédaction.";

    private ArticleWords() {
    }

    private static List<Term> terms(String... arFr) {
        Term[] terms = new Term[arFr.length / 2];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = new Term(arFr[2 * i], arFr[2 * i + 1]);
        }
        return List.of(terms);
    }
}
