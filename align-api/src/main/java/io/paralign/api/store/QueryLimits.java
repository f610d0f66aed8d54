package io.paralign.api.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long and how costly a search query may be. Each word of a query with no language becomes a clause for every
 * language field searched, and each prefix ({@code word*}) a term expansion for every field; Lucene refuses a query
 * of more than {@code IndexSearcher.getMaxClauseCount()} clauses (1,024) and automata past a determinization budget.
 * Queries past these bounds are refused before they are parsed ({@link QueryTooComplexException}).
 *
 * @param maxLength      most characters in a query
 * @param maxTerms       most words (runs of letters and digits)
 * @param maxPrefixTerms most prefix operators ({@code *})
 */
public record QueryLimits(int maxLength, int maxTerms, int maxPrefixTerms) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    public QueryLimits {
        if (maxLength < 1 || maxTerms < 1 || maxPrefixTerms < 0) {
            throw new IllegalArgumentException("query limits must be positive (prefix terms 0 or more), were "
                    + maxLength + " characters, " + maxTerms + " terms, " + maxPrefixTerms + " prefix terms");
        }
    }

    /** Refuses a query longer than these limits allow, naming the limit and the query's figure. */
    void check(String query) {
        if (query.length() > maxLength) {
            throw new QueryTooComplexException("the query has " + query.length() + " characters, more than the "
                    + maxLength + " allowed");
        }
        int terms = count(WORD.matcher(query));
        if (terms > maxTerms) {
            throw new QueryTooComplexException("the query has " + terms + " words, more than the " + maxTerms
                    + " allowed");
        }
        int prefixes = (int) query.chars().filter(c -> c == '*').count();
        if (prefixes > maxPrefixTerms) {
            throw new QueryTooComplexException("the query has " + prefixes + " prefix operators (*), more than the "
                    + maxPrefixTerms + " allowed");
        }
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
