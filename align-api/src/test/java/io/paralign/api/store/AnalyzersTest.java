package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each language's fields are analysed by the analyzer its profile names; every other field by the standard one. */
class AnalyzersTest {
    private static final String FRENCH = "Les élections présidentielles de l'année";
    private static final String ENGLISH = "The elections were running";
    private static final String ARABIC = "والمكتبات العامة";

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Test
    void arabicFrenchAndEnglishFieldsUseTheirLanguagesAnalyzers() {
        try (Analyzer perField = Analyzers.perField()) {
            assertEquals(terms(new FrenchAnalyzer(), "f", FRENCH), terms(perField, "target.fr", FRENCH));
            assertEquals(terms(new FrenchAnalyzer(), "f", FRENCH), terms(perField, "source.fr", FRENCH));
            assertEquals(terms(new EnglishAnalyzer(), "f", ENGLISH), terms(perField, "source.en", ENGLISH));
            assertEquals(terms(new ArabicAnalyzer(), "f", ARABIC), terms(perField, "source.ar", ARABIC));
            assertNotEquals(terms(new StandardAnalyzer(), "f", FRENCH), terms(perField, "target.fr", FRENCH));
        }
    }

    @Test
    void otherLanguagesAndUnsupportedTagsUseTheStandardAnalyzer() {
        try (Analyzer perField = Analyzers.perField()) {
            assertEquals(terms(new StandardAnalyzer(), "f", FRENCH), terms(perField, "target.de", FRENCH));
            assertEquals(terms(new StandardAnalyzer(), "f", ENGLISH), terms(perField, "source.other", ENGLISH));
        }
    }

    @Test
    void aTagIsCutToItsSupportedPrimarySubtag() {
        assertEquals("fr", Analyzers.language("fr-CA"));
        assertEquals("other", Analyzers.language("tlh"));
        assertEquals("source.ar", Analyzers.field("source", Analyzers.language("ar-EG")));
    }
}
