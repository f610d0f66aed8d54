package io.paralign.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.ParagraphStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed articles of the repository ({@code seeds/}), read from the module directory. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final IcuSegmenter segmenter = new IcuSegmenter();

    private Document seed(String name, String language) throws IOException {
        Document d = segmenter.segment(Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8), language);
        SegmenterPropertiesTest.checkInvariants(d);
        return d;
    }

    private static List<String> headings(Document d) {
        return d.paragraphs().stream().filter(Paragraph::heading).map(p -> d.sentencesOf(p).get(0).text()).toList();
    }

    @Test
    void arabic000() throws IOException {
        Document d = seed("000_8309a08ed0edb24a.txt", "ar");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(21, d.paragraphs().size());
        assertEquals(List.of("دعم من الإمارات وماليزيا", "تورط في استهداف الإيغور",
                "وكالة الأمن السيبراني في منظمة التعاون"), headings(d));
    }

    @Test
    void french001() throws IOException {
        Document d = seed("001_d60f469c9e1ad6ee.txt", "fr");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(22, d.paragraphs().size());
        List<String> headings = headings(d);
        assertEquals(List.of("La cyberagence de l’OCI collabore avec Huawei malgré sa possible implication dans"
                + " la répression des Ouïghours", "Un cadre de Huawei démissionne en signe de protestation"), headings);
        Paragraph translated = d.paragraph(20);
        assertEquals("Traduit de l’anglais (original) par VECTranslation.", d.sentencesOf(translated).get(0).text());
        assertFalse(translated.heading());
        assertTrue(d.sentences().stream().noneMatch(s -> s.text().startsWith("»")), "no sentence opens with »");
    }

    @Test
    void arabic003UsesBlankLines() throws IOException {
        Document d = seed("003_53b44f6959fe56d8.txt", "ar");
        assertEquals(ParagraphStyle.BLANK_LINE, d.style());
        assertEquals(13, d.paragraphs().size());
        assertTrue(d.paragraph(0).heading() && d.paragraph(1).heading());
    }

    @Test
    void arabic004KeepsOneParagraphPerLineDespiteBlankLines() throws IOException {
        Document d = seed("004_66860c56a43bd283.txt", "ar");
        assertEquals(ParagraphStyle.LINE, d.style());
        assertEquals(10, d.paragraphs().size());
        assertEquals(List.of(true, false, true), List.of(d.paragraph(0).heading(), d.paragraph(2).heading(),
                d.paragraph(1).heading()));
    }

    @Test
    void arabic002() throws IOException {
        Document d = seed("002_54456295ff58628f.txt", "ar");
        assertEquals(10, d.paragraphs().size());
        assertTrue(d.paragraph(0).heading());
    }
}
