package io.paralign.api.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.language.SupportedLanguages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After alignments in ~180 languages, a query of six words or more without a language once failed with Lucene's
 * 1,024-clause limit, and a 200-word query or {@code a*} 2,000 times with "automaton too large". Now the fields
 * searched are bounded and a query past the limits is refused with {@link QueryTooComplexException}.
 */
class SearchLimitsTest {
    private static final QueryLimits LIMITS = AlignmentStoreTest.LIMITS;
    private static final FieldType WITHOUT_NORMS = withoutNorms();
    private static final String HAN = "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构尽管外界长期担忧";
    private static final String SIX_WORDS = "Huawei a annoncé un nouveau téléphone";

    @TempDir
    Path dir;

    private static List<String> manyTags() {
        List<String> tags = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'g'; b++) {
                tags.add("q" + a + b);
            }
        }
        return tags;
    }

    private static AlignmentRecord record(String id, String source, String target) {
        return new AlignmentRecord(id, 1000, source, target, 0, "{}".getBytes(StandardCharsets.UTF_8), List.of(
                new PairText(0, "Huawei a annoncé un nouveau téléphone.", "أعلنت هواوي عن هاتف جديد.")));
    }

    /** Pair documents as earlier versions wrote them: a field of its own for each tag a client sent. */
    private void writeFieldsAsEarlierVersion(List<String> tags) throws Exception {
        try (FSDirectory index = FSDirectory.open(dir.resolve("index"));
             IndexWriter writer = new IndexWriter(index, new IndexWriterConfig())) {
            for (String tag : tags) {
                Document doc = new Document();
                doc.add(new StringField("kind", "pair", Field.Store.NO));
                doc.add(new StringField("id", "old-" + tag, Field.Store.YES));
                doc.add(new StoredField("index", 0));
                doc.add(new StoredField("sourceLanguage", tag));
                doc.add(new StoredField("targetLanguage", "ar"));
                doc.add(new StoredField("sourceText", SIX_WORDS));
                doc.add(new StoredField("targetText", "نص"));
                doc.add(new Field("source." + tag, SIX_WORDS, WITHOUT_NORMS));
                doc.add(new Field("target.ar", "نص", WITHOUT_NORMS));
                writer.addDocument(doc);
            }
            writer.commit();
        }
    }

    private static FieldType withoutNorms() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        return type;
    }

    private AlignmentStore open() {
        return new AlignmentStore(new StoreProperties(dir));
    }

    @Test
    void manyLanguageFieldsOfEarlierVersionsAreNotAllSearched() throws Exception {
        writeFieldsAsEarlierVersion(manyTags());
        try (AlignmentStore store = open()) {
            for (String tag : manyTags()) {
                store.save(record("new-" + tag, tag, "ar")).join();
            }
            // the new ones went to source.other: one field, however many tags
            assertEquals(manyTags().size(), store.search(SIX_WORDS, null, 0, 10, LIMITS).total());
        }
    }

    /** Every side field there can be (all supported languages and other, on both sides) exists in the index. */
    @Test
    void queriesWithinTheLimitsFitLuceneClauseLimitOverEveryField() throws Exception {
        try (AlignmentStore store = open()) {
            for (String language : SupportedLanguages.primaries()) {
                store.save(record("s-" + language, language, "tlh")).join();
                store.save(record("t-" + language, "tlh", language)).join();
            }
            String twentyWords = String.join(" ", SIX_WORDS, SIX_WORDS, SIX_WORDS, "Paris Londres");
            int alignments = 2 * SupportedLanguages.primaries().size();
            assertEquals(alignments, store.search(twentyWords.replace(" ", " | "), null, 0, 10, LIMITS).total());
            assertEquals(alignments, store.search("annon* | nouv* | Hua* | tél*", null, 0, 10, LIMITS).total());
            // 34 Han characters are one word for the limits, 34 clauses per field for Lucene
            QueryTooComplexException e = assertThrows(QueryTooComplexException.class,
                    () -> store.search(HAN, null, 0, 10, LIMITS));
            assertTrue(e.getMessage().contains("1024 clauses over the 44 language fields"), e.getMessage());
            assertEquals(0, store.search(HAN, "zh", 0, 10, LIMITS).total());
        }
    }

    @Test
    void longAndExpensiveQueriesAreRefused() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", "fr", "ar")).join();
            String twoHundredWords = (SIX_WORDS + " ").repeat(34);
            assertRefused(store, twoHundredWords, "characters, more than the 500 allowed");
            assertRefused(store, "a* ".repeat(2_000), "characters, more than the 500 allowed");
            assertRefused(store, "a*".repeat(2_000), "characters, more than the 500 allowed");
            assertRefused(store, "a ".repeat(21), "21 words, more than the 20 allowed");
            assertRefused(store, "a* b* c* d* e*", "5 prefix operators (*), more than the 4 allowed");
            assertEquals(1, store.search("Huaw* nouv* a*", null, 0, 10, LIMITS).total());
            assertRefused(store, "a*".repeat(240), "240 words, more than the 20 allowed");
        }
    }

    @Test
    void fuzzyAndNearOperatorsAreNotSyntax() throws Exception {
        try (AlignmentStore store = open()) {
            store.save(record("a1", "fr", "ar")).join();
            // a fuzzy query would find "Huawei"
            assertEquals(0, store.search("Huawie~2", "fr", 0, 10, LIMITS).total());
            assertEquals(0, store.search("\"Huawei nouveau\"~5", "fr", 0, 10, LIMITS).total());
        }
    }

    /** Past limits set high, what Lucene refuses is refused as too complex too. */
    @Test
    void whatLuceneRefusesIsTooComplex() throws Exception {
        QueryLimits loose = new QueryLimits(100_000, 100_000, 100_000);
        try (AlignmentStore store = open()) {
            store.save(record("a1", "fr", "ar")).join();
            assertDoesNotThrow(() -> store.search((SIX_WORDS + " ").repeat(34), null, 0, 10, loose));
            QueryTooComplexException clauses = assertThrows(QueryTooComplexException.class,
                    () -> store.search("a* ".repeat(2_000), null, 0, 10, loose));
            assertTrue(clauses.getMessage().contains("more than 1024 clauses"), clauses.getMessage());
            QueryTooComplexException prefix = assertThrows(QueryTooComplexException.class,
                    () -> store.search("a*".repeat(2_000), null, 0, 10, loose));
            assertTrue(prefix.getMessage().contains("prefix of the query is too long"), prefix.getMessage());
        }
    }

    private static void assertRefused(AlignmentStore store, String query, String why) {
        QueryTooComplexException e = assertThrows(QueryTooComplexException.class,
                () -> store.search(query, null, 0, 10, LIMITS));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
