package io.paralign.api.store;

import io.paralign.language.SupportedLanguages;
import io.paralign.profile.LanguageProfiles;
import io.paralign.profile.SearchAnalyzer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Field names and analyzers of pair documents. Each side's text goes to {@code source.<lang>} or
 * {@code target.<lang>}, analysed by the Lucene analyzer the language's profile names
 * ({@link io.paralign.profile.LanguageProfile#analyzer()}: ArabicAnalyzer normalizes and stems Arabic,
 * FrenchAnalyzer elides and stems French); a search with no language reads all these fields. Languages whose profile
 * names none of their own use StandardAnalyzer.
 *
 * <p>{@code <lang>} is the primary subtag of a supported language ({@link SupportedLanguages}), and {@code other} for
 * any other tag (stored by earlier versions, or replayed from their log): the set of fields is bounded, so a query
 * over all of them stays within Lucene's clause limit however many languages clients sent. Fields that earlier
 * versions made for unsupported tags ({@code source.tlh}) stay in the index but are not searched.
 */
final class Analyzers {
    private static final String OTHER = "other";
    private static final Set<String> SIDE_FIELDS = sides();

    private Analyzers() {
    }

    static String field(String side, String language) {
        return side + "." + language;
    }

    /** Every field a pair side may be searched in, supported languages and {@code other}, both sides. */
    static Set<String> sideFields() {
        return SIDE_FIELDS;
    }

    /** The language part of a tag's field: {@code fr-CA} to {@code fr}, an unsupported tag to {@code other}. */
    static String language(String tag) {
        return SupportedLanguages.primaryOr(tag, OTHER);
    }

    private static Set<String> sides() {
        Set<String> fields = new TreeSet<>();
        for (String language : SupportedLanguages.primaries()) {
            fields.add(field("source", language));
            fields.add(field("target", language));
        }
        fields.add(field("source", OTHER));
        fields.add(field("target", OTHER));
        return Collections.unmodifiableSet(fields);
    }

    /** Each supported language's fields with its profile's analyzer; the standard analyzer for every other field. */
    static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String language : SupportedLanguages.primaries()) {
            SearchAnalyzer analyzer = LanguageProfiles.of(language).analyzer();
            if (analyzer != SearchAnalyzer.STANDARD) {
                fields.put(field("source", language), lucene(analyzer));
                fields.put(field("target", language), lucene(analyzer));
            }
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /** The Lucene analyzer a profile names: a new one each call, as each field needs its own. */
    static Analyzer lucene(SearchAnalyzer analyzer) {
        return switch (analyzer) {
            case STANDARD -> new StandardAnalyzer();
            case ARABIC -> new ArabicAnalyzer();
            case FRENCH -> new FrenchAnalyzer();
            case ENGLISH -> new EnglishAnalyzer();
        };
    }
}
