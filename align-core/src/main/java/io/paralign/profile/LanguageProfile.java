package io.paralign.profile;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What align-core knows of one language, in one place, as Lucene keeps a language's analyzer, normaliser, stemmer and
 * stop words together in one package. Every part is stated by every profile, empty where the language has none, so
 * that adding a language is one new profile and its data. Each part is read by one stage:
 *
 * @param language        the primary language subtag, lower case ({@code fr}); {@code und} for the fallback
 * @param direction       the direction its script runs in (renderers)
 * @param sentenceFixups  corrections to ICU's sentence breaks, in the order they apply ({@code segment})
 * @param stemming        how lexical evidence reduces its words ({@code score.Tokenizer})
 * @param nameStopWords   lower-case words that are no names though capitalised (sentence-initial function words,
 *                        titles), or, in a script without case, too common to be names; Arabic ones in
 *                        {@code TextNormalizer} form ({@code anchor})
 * @param functionWords   lower-case function words frequent in the language and rare in the others of its script,
 *                        by which the guesser tells Latin-script languages apart; empty for a language told by its
 *                        script ({@code language})
 * @param percentWords    regular expressions, matched ignoring case after a number, for "per cent" written out
 *                        ({@code anchor.NumberExtractor})
 * @param boilerplate     publisher boilerplate in the language ({@code expendable.BoilerplateRule})
 * @param nounsCapitalized whether every noun is capitalised (German), which makes a capital a weaker sign of a name
 *                        ({@code anchor})
 * @param analyzer        the Lucene analyzer of the service's store
 */
public record LanguageProfile(String language, Direction direction, List<SentenceFixup> sentenceFixups,
                              Stemming stemming, Set<String> nameStopWords, Set<String> functionWords,
                              List<String> percentWords, List<BoilerplateCue> boilerplate, boolean nounsCapitalized,
                              SearchAnalyzer analyzer) {
    public LanguageProfile {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(direction, "direction of " + language);
        Objects.requireNonNull(stemming, "stemming of " + language);
        Objects.requireNonNull(analyzer, "analyzer of " + language);
        sentenceFixups = List.copyOf(sentenceFixups);
        nameStopWords = Set.copyOf(nameStopWords);
        functionWords = Set.copyOf(functionWords);
        percentWords = List.copyOf(percentWords);
        boilerplate = List.copyOf(boilerplate);
    }

    public boolean isRightToLeft() {
        return direction == Direction.RIGHT_TO_LEFT;
    }
}
