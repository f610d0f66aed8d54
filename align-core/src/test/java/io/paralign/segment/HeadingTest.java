package io.paralign.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {
    private static final String BODY = "Le texte de l’article continue ici, avec une phrase complète.";

    /** The candidate as the second paragraph, after a body line, so the title allowance does not apply. */
    private static boolean isSectionHeading(String line, String language) {
        Document d = new IcuSegmenter().segment(BODY + "\n" + line + "\n" + BODY, language);
        assertEquals(d.paragraph(1).heading(), d.sentencesOf(d.paragraph(1)).get(0).heading());
        return d.paragraph(1).heading();
    }

    private static boolean isTitle(String line, String language) {
        Document d = new IcuSegmenter().segment(line + "\n" + BODY, language);
        return d.paragraph(0).heading() && d.sentence(0).heading();
    }

    @ParameterizedTest
    @CsvSource({
        "دعم من الإمارات وماليزيا, ar",
        "تورط في استهداف الإيغور, ar",
        "وكالة الأمن السيبراني في منظمة التعاون, ar",
        "Un cadre de Huawei démissionne en signe de protestation, fr",
        "Des militants inquiets de « passer pour des marionnettes », fr"})
    void sectionHeadings(String line, String language) {
        assertTrue(isSectionHeading(line, language), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Traduit de l’anglais (original) par VECTranslation.",
        "Il a déclaré :",
        "« Je ne sais pas. »",
        "Il vient. Et toi",
        "Un titre beaucoup trop long pour être un intertitre car il compte bien plus de douze mots au total"})
    void notHeadings(String line) {
        assertFalse(isSectionHeading(line, "fr"), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "La cyberagence de l’OCI collabore avec Huawei malgré sa possible implication dans la répression des Ouïghours",
        "Des membres de l’Assemblée du pays de Galles inquiets de « passer pour des marionnettes »"})
    void longTitleOnFirstLine(String title) {
        assertTrue(isTitle(title, "fr"), title);
        assertFalse(isSectionHeading(title, "fr"), "a 16-word line is no section heading");
    }

    @ParameterizedTest
    @CsvSource({"'Titre', 1", "'  deux  mots ', 2", "'a\u00a0b c', 3", "'', 0", "'« La mer » : la Bolivie', 4", "'Ryder Cup 2018 :', 3"})
    void wordCount(String s, int words) {
        assertEquals(words, HeadingRule.words(s));
    }
}
