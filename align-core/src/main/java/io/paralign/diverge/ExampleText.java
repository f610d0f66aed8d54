package io.paralign.diverge;

import java.util.ArrayList;
import java.util.List;

/**
 * A short parallel text the detectors' examples edit, one paragraph a line: four paragraphs of the seed article
 * {@code seeds/000_8309a08ed0edb24a.txt} (Arabic: paragraphs 1, 2, 15 and 17) and their French translation in
 * {@code seeds/001_d60f469c9e1ad6ee.txt} (paragraphs 2, 3, 15 and 16), which align one to one. Each edit returns a
 * new text.
 *
 * @param language   the text's language (BCP 47)
 * @param paragraphs its paragraphs
 */
record ExampleText(String language, List<String> paragraphs) {
    private static final List<String> ARABIC = List.of(
            "شركة \"هواوي\" قالت، الأربعاء، إنها أصبحت أول شركة تقنية عالمية تنضم إلى \"فريق الاستجابة "
                    + "للطوارئ الحاسوبية\" التابع لمنظمة التعاون الإسلامي (OIC-CERT)، والذي يُعنى بتقديم الدعم للدول "
                    + "الأعضاء المتضررة من هجمات إلكترونية والمساعدة في بناء قدرات الأمن السيبراني الخاصة بها.",
            "بمناسبة ذلك، قالت الشركة الصينية في منشور على حسابها الرسمي عبر تويتر: \"ستُمكن هذه العضوية من "
                    + "الإسهام بنشاط في الإطار التنظيمي العالمي للأمن السيبراني وتعزيز سبل الدفاع السيبراني للدول "
                    + "الأعضاء\".",
            "بالإضافة إلى ذلك، فرضت الولايات المتحدة عقوبات على \"هواوي\" منذ عام 2019 على أثر مخاوف تتعلق "
                    + "بالأمن القومي وصلاتها بالحكومة الصينية.",
            "يُذكر أن \"فريق الاستجابة للطوارئ الحاسوبية\" التابع لمنظمة التعاون الإسلامي، قد أنشاته في عام "
                    + "2009 وكالات الأمن السيبراني لدول الإمارات والسعودية وتونس ونيجيريا وماليزيا وباكستان.");
    private static final List<String> FRENCH = List.of(
            "Huawei a annoncé mercredi être la première entreprise technologique mondiale à rejoindre une "
                    + "équipe d’intervention d’urgence de l’Organisation de la coopération islamique connue sous le "
                    + "nom d’OIC-CERT, qui offre un soutien aux États membres touchés par les cyberattaques et les "
                    + "aide à développer leur potentiel en matière de cybersécurité.",
            "« Cette adhésion permettra à Huawei de contribuer activement à l’écosystème mondial de la "
                    + "cybersécurité et de renforcer la cyberdéfense des États membres », assure la société dans un "
                    + "message sur son fil Twitter Huawei Middle East.",
            "Huawei est également visée par des sanctions américaines depuis 2019 pour des raisons de "
                    + "sécurité nationale et ses liens avec le gouvernement chinois.",
            "L’OIC-CERT a été créée en 2009 par des agences de cybersécurité émiratie, saoudienne, "
                    + "tunisienne, nigériane, malaisienne et pakistanaise.");

    ExampleText {
        paragraphs = List.copyOf(paragraphs);
    }

    static ExampleText arabic() {
        return new ExampleText("ar", ARABIC);
    }

    static ExampleText french() {
        return new ExampleText("fr", FRENCH);
    }

    String paragraph(int index) {
        return paragraphs.get(index);
    }

    /** This text with a paragraph inserted before paragraph {@code at}. */
    ExampleText insert(int at, String paragraph) {
        List<String> edited = new ArrayList<>(paragraphs);
        edited.add(at, paragraph);
        return new ExampleText(language, edited);
    }

    /** This text without paragraph {@code at}. */
    ExampleText remove(int at) {
        List<String> edited = new ArrayList<>(paragraphs);
        edited.remove(at);
        return new ExampleText(language, edited);
    }

    /**
     * This text with {@code from} replaced by {@code to} in paragraph {@code at}.
     *
     * @throws IllegalArgumentException when the paragraph does not hold {@code from}: an example that would silently
     *                                  test the unedited text
     */
    ExampleText replace(int at, String from, String to) {
        if (!paragraphs.get(at).contains(from)) {
            throw new IllegalArgumentException("paragraph " + at + " of the " + language + " example lacks '" + from
                    + "'");
        }
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(at, edited.get(at).replace(from, to));
        return new ExampleText(language, edited);
    }

    /** The paragraphs, one a line. */
    String text() {
        return String.join("\n", paragraphs);
    }
}
