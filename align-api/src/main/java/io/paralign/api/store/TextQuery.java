package io.paralign.api.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The text part of a search: which side fields it reads, and the query parsed over them with each field's analyzer.
 * With no language, only side fields of the bounded set ({@link Analyzers#sideFields()}) that the index holds are
 * read, so a query's clauses are at most its words times 44 fields, whatever fields earlier versions made.
 */
final class TextQuery {
    /**
     * The simple query syntax's operators a search accepts: the documented ones. Fuzzy ({@code word~2}) and near
     * ({@code "a b"~3}) are left out: a fuzzy term expands to up to 50 clauses per field searched.
     */
    private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private TextQuery() {
    }

    /** The fields of both sides in {@code language} (a field language), or with none every side field held. */
    static Map<String, Float> fields(IndexSearcher searcher, String language) {
        Map<String, Float> fields = new HashMap<>();
        if (language == null) {
            FieldInfos held = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
            Analyzers.sideFields().stream().filter(field -> held.fieldInfo(field) != null)
                    .forEach(field -> fields.put(field, 1f));
        } else {
            for (String side : List.of("source", "target")) {
                fields.put(Analyzers.field(side, language), 1f);
            }
        }
        return fields;
    }

    /** Every word must match, in one field or another; null when nothing is left to search for. */
    static Query parse(Analyzer analyzer, Map<String, Float> fields, String query) {
        if (fields.isEmpty()) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, OPERATORS);
        parser.setDefaultOperator(Occur.MUST);
        try {
            return parser.parse(query);
        } catch (IllegalArgumentException e) {
            // Lucene refuses to build an automaton past its recursion limit: a prefix of over 1,000 characters
            throw new QueryTooComplexException("a prefix of the query is too long to search; use a shorter one");
        }
    }

    /** Lucene refused the query's clauses, counted after prefixes are expanded. */
    static QueryTooComplexException tooManyClauses(int fields) {
        return new QueryTooComplexException("the query expands to more than " + IndexSearcher.getMaxClauseCount()
                + " clauses over the " + fields + " language fields searched; use fewer words or prefixes, or give lang");
    }
}
