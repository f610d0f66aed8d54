package io.paralign.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Document;
import io.paralign.model.Paragraph;
import io.paralign.model.Sentence;
import io.paralign.model.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every segmenter on random text with letters, blank lines, quotes and abbreviations. */
class SegmenterPropertiesTest {
    private static final String[] PIECES = {
        "a", "Le", "mot", "جاء", "الرجل", "M.", "Mme.", "J.", "etc.", "1.5", "3,5", " ", " ", " ", "\u00a0",
        "\n", "\n\n", "\r\n", " \n \n", ".", ". ", "?", "!", "؟", "…", "...", "؛", ":", "«", "»", "“", "”",
        "\"", "'", "’", "(", ")", "\uFEFF", "\t", "Il", "vient", "x"};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l))
                .filter(Chars::hasLetter);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("fr", "ar", "en");
    }

    @Property(tries = 300)
    void icuSegmenterInvariants(@ForAll("texts") String text, @ForAll("languages") String language) {
        checkInvariants(new IcuSegmenter().segment(text, language));
    }

    @Property(tries = 200)
    void preSegmentedInvariants(@ForAll("texts") String text) {
        Document d = new PreSegmentedSegmenter().segment(text, "fr");
        checkInvariants(d);
        long nonBlankLines = Lines.of(text).stream().filter(l -> !Lines.isBlank(text, l)).count();
        assertEquals(nonBlankLines, d.sentenceCount());
    }

    static void checkInvariants(Document d) {
        String text = d.text();
        int sentenceIndex = 0;
        int previousEnd = 0;
        for (Paragraph p : d.paragraphs()) {
            assertEquals(sentenceIndex, p.firstSentence());
            assertTrue(p.span().start() >= previousEnd, "paragraphs in order, not overlapping");
            boolean[] covered = new boolean[p.span().length()];
            for (Sentence s : d.sentencesOf(p)) {
                Span span = s.span();
                assertEquals(sentenceIndex++, s.index());
                assertEquals(p.index(), s.paragraph());
                assertEquals(p.heading(), s.heading());
                assertTrue(span.length() > 0, "no empty sentence");
                assertTrue(span.start() >= previousEnd, "sentences in order, not overlapping");
                assertTrue(span.start() >= p.span().start() && span.end() <= p.span().end(), "inside paragraph");
                assertEquals(text.substring(span.start(), span.end()), s.text());
                assertTrue(!Chars.isSpace(s.text().charAt(0)) && !Chars.isSpace(s.text().charAt(span.length() - 1)),
                        "trimmed");
                for (int i = span.start(); i < span.end(); i++) {
                    covered[i - p.span().start()] = true;
                }
                previousEnd = span.end();
            }
            for (int i = p.span().start(); i < p.span().end(); i++) {
                assertTrue(covered[i - p.span().start()] || Chars.isSpace(text.charAt(i)),
                        "non-space character " + i + " of paragraph " + p.index() + " in no sentence");
            }
            previousEnd = p.span().end();
        }
        assertEquals(d.sentenceCount(), sentenceIndex);
        int nonSpace = (int) text.chars().filter(c -> !Chars.isSpace((char) c)).count();
        int inParagraphs = d.paragraphs().stream().mapToInt(p -> (int) text.substring(p.span().start(),
                p.span().end()).chars().filter(c -> !Chars.isSpace((char) c)).count()).sum();
        assertEquals(nonSpace, inParagraphs, "every non-space character is in a paragraph");
    }
}
