package io.paralign.profile;

/**
 * The Lucene analyzer that indexes and searches a language's text in the service's store: named here, made there
 * (align-core has no search). Each constant names a Lucene class of {@code lucene-analysis-common}.
 */
public enum SearchAnalyzer {
    /** {@code org.apache.lucene.analysis.standard.StandardAnalyzer}: UAX #29 words, lower case, no stemming. */
    STANDARD,
    /** {@code org.apache.lucene.analysis.ar.ArabicAnalyzer}: normalises and stems Arabic, drops its stop words. */
    ARABIC,
    /** {@code org.apache.lucene.analysis.fr.FrenchAnalyzer}: elides, stems French, drops its stop words. */
    FRENCH,
    /** {@code org.apache.lucene.analysis.en.EnglishAnalyzer}: Porter stemming, English stop words. */
    ENGLISH
}
