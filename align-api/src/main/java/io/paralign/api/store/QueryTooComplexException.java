package io.paralign.api.store;

/** A search query is too long, or would expand to more clauses or automaton states than the index allows. */
public class QueryTooComplexException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public QueryTooComplexException(String message) {
        super(message);
    }
}
