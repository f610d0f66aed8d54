package io.paralign.bench;

import java.util.List;

/**
 * Small parallel word lists for synthetic news sentences, written for the benchmark (no real article is copied).
 * Each entry is an Arabic phrase and its French translation.
 */
final class NewsPhrases {
    /** An Arabic phrase and its French translation. */
    record Entry(String arabic, String french) {
    }

    /** A name written in Latin script in French, and in Latin script or in transliteration in Arabic. */
    record Name(String latin, String arabic) {
    }

    // masculine singular in Arabic and singular in French, so that verbs agree on both sides
    static final List<Entry> SUBJECTS = List.of(
            new Entry("الوزير", "le ministre"),
            new Entry("الرئيس", "le président"),
            new Entry("البرلمان", "le parlement"),
            new Entry("المتحدث الرسمي باسم الحكومة", "le porte-parole du gouvernement"),
            new Entry("البنك المركزي", "la banque centrale"),
            new Entry("المجلس البلدي", "le conseil municipal"),
            new Entry("الاتحاد العام للشغل", "l'union générale du travail"),
            new Entry("المدير العام للشركة", "le directeur de l'entreprise"),
            new Entry("مجلس النواب", "l'assemblée"),
            new Entry("رئيس الوزراء", "le premier ministre"));

    static final List<Entry> VERBS = List.of(
            new Entry("أعلن", "a annoncé"),
            new Entry("أكد", "a confirmé"),
            new Entry("نفى", "a démenti"),
            new Entry("قرر الإبقاء على", "a décidé de maintenir"),
            new Entry("اقترح", "a proposé"),
            new Entry("رفض", "a refusé"),
            new Entry("ناقش", "a examiné"),
            new Entry("دعم", "a soutenu"),
            new Entry("انتقد", "a critiqué"),
            new Entry("أجل", "a reporté"));

    static final List<Entry> OBJECTS = List.of(
            new Entry("خطة جديدة للتنمية الاقتصادية", "un plan de développement économique"),
            new Entry("اتفاقية التعاون", "l'accord de coopération"),
            new Entry("مشروع القانون", "le projet de loi"),
            new Entry("الميزانية السنوية", "le budget annuel"),
            new Entry("برنامج الإصلاح", "le programme de réforme"),
            new Entry("التقرير النهائي", "le rapport final"),
            new Entry("الاستثمارات الأجنبية", "les investissements étrangers"),
            new Entry("استراتيجية الأمن السيبراني", "la stratégie de cybersécurité"),
            new Entry("أسعار الطاقة", "les prix de l'énergie"),
            new Entry("نتائج الانتخابات", "les résultats des élections"),
            new Entry("قرار المحكمة", "la décision du tribunal"),
            new Entry("شروط الاتفاق الجديد", "les conditions du nouvel accord"));

    static final List<Entry> COMPLEMENTS = List.of(
            new Entry("في العاصمة", "dans la capitale"),
            new Entry("خلال مؤتمر صحفي عقده", "lors d'une conférence de presse"),
            new Entry("بعد اجتماع طويل", "après une longue réunion"),
            new Entry("رغم المخاوف المتزايدة", "malgré les inquiétudes"),
            new Entry("بحسب مصادر مطلعة", "selon des sources informées"),
            new Entry("على نطاق واسع", "à grande échelle"),
            new Entry("في بيان رسمي صدر اليوم", "dans un communiqué officiel"),
            new Entry("أمام الصحفيين", "devant les journalistes"));

    static final List<Entry> CLAUSES = List.of(
            new Entry("مضيفا أن الوضع لا يزال صعبا", "ajoutant que la situation reste difficile"),
            new Entry("مشيرا إلى أن المفاوضات مستمرة", "notant que les négociations continuent"),
            new Entry("وسط انتقادات من المعارضة", "sous les critiques de l'opposition"),
            new Entry("في انتظار موافقة الشركاء", "en attendant l'accord des partenaires"),
            new Entry("دون تقديم تفاصيل إضافية", "sans donner de détails supplémentaires"));

    static final List<Name> NAMES = List.of(
            new Name("Huawei", "هواوي"),
            new Name("Renault", "رينو"),
            new Name("Google", "غوغل"),
            new Name("Siemens", "سيمنس"),
            new Name("Macron", "ماكرون"),
            new Name("Paris", "باريس"),
            new Name("Tunis", "تونس"),
            new Name("Bruxelles", "بروكسل"),
            new Name("Reuters", "رويترز"));

    /** Words for a paragraph present only in the French version (an editor's note, a background box). */
    static final List<String> FRENCH_ONLY = List.of(
            "cet article a été mis à jour avec de nouvelles informations",
            "notre rédaction n'a pas pu vérifier ces chiffres de manière indépendante",
            "contactée, la direction n'a pas souhaité répondre à nos questions",
            "ce dossier sera suivi par notre correspondant dans les prochains jours");

    private NewsPhrases() {
    }
}
