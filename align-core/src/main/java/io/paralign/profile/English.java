package io.paralign.profile;

import java.util.List;
import java.util.Set;

/** English: Lucene's English analyzer. */
final class English {
    /** Function words and titles that start sentences capitalised. */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "the", "a", "an", "and", "but", "yet", "if", "when", "while", "as", "at", "by", "for", "from", "in",
            "into", "of", "onto", "to", "with", "without", "this", "that", "these", "those", "he", "she", "it", "we",
            "they", "i", "you", "his", "her", "its", "our", "their", "my", "your", "there", "here", "what", "which",
            "who", "whom", "whose", "why", "how", "where", "also", "however", "after", "before", "during", "since",
            "until", "according", "mr", "mrs", "ms", "dr", "yes", "no", "not", "all", "some", "many", "most");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "hello", "here", "there", "you", "we", "he", "she", "my", "our", "will", "would", "been", "had", "but",
            "what", "the", "and", "of", "to", "is", "that", "for", "with", "was", "it", "this", "from", "by", "have",
            "has", "are", "which", "be", "not", "or", "its", "their", "they", "were");

    private static final List<BoilerplateCue> BOILERPLATE = List.of(
            new BoilerplateCue("\\bread\\s+(more|also)\\b|\\ball\\s+rights\\s+reserved\\b|\\bback\\s+to\\s+top\\b", "read",
                    "reserved", "back"),
            new BoilerplateCue("\\bsubscribe\\s+to\\b|\\bfollow\\s+us\\b|\\bclick\\s+here\\b|\\btranslated\\s+from\\b",
                    "subscribe", "follow", "click", "translated"));

    static final LanguageProfile PROFILE = new LanguageProfile(
            "en",
            Direction.LEFT_TO_RIGHT,
            List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION),
            Stemming.PREFIX,
            NAME_STOP_WORDS,
            FUNCTION_WORDS,
            List.of("per ?cent"),
            BOILERPLATE,
            false,
            SearchAnalyzer.ENGLISH);

    private English() {
    }
}
