package io.paralign.api.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Field names and analyzers of pair documents. Each side's text goes to {@code source.<lang>} or
 * {@code target.<lang>}, analysed by Lucene's analyzer for that language (ArabicAnalyzer normalizes and stems
 * Arabic, FrenchAnalyzer elides and stems French); a search with no language reads all these fields. Languages
 * without their own analyzer use StandardAnalyzer.
 */
final class Analyzers {
    private static final Map<String, java.util.function.Supplier<Analyzer>> BY_LANGUAGE = Map.of(
            "ar", ArabicAnalyzer::new,
            "fr", FrenchAnalyzer::new,
            "en", EnglishAnalyzer::new);

    private Analyzers() {
    }

    static String field(String side, String language) {
        return side + "." + language;
    }

    /** True for the analysed text fields of pair sides ({@code source.<lang>}, {@code target.<lang>}). */
    static boolean isSideField(String name) {
        return name.startsWith("source.") || name.startsWith("target.");
    }

    /** The base language of a tag: {@code fr-CA} to {@code fr}. */
    static String language(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        BY_LANGUAGE.forEach((language, analyzer) -> {
            fields.put(field("source", language), analyzer.get());
            fields.put(field("target", language), analyzer.get());
        });
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }
}
