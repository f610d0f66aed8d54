package io.paralign.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationExtractorTest {
    private final AnchorExtractor punct = new PunctuationExtractor();

    private List<String> surfaces(String text) {
        return punct.extract(text, 0, "fr").stream().map(a -> a.key() + a.surface()).toList();
    }

    @Test
    void empty() {
        assertEquals(List.of(), surfaces(""));
    }

    @Test
    void quotePairs() {
        assertEquals(List.of("\"« oui »", "\"“non”"), surfaces("« oui » et “non”"));
        assertEquals(List.of("\"\"a\""), surfaces("قال \"a\""));
    }

    @Test
    void unpairedQuote() {
        assertEquals(List.of("\"»"), surfaces("Je ne sais pas. » Puis"));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), surfaces("l’Assemblée d'abord"));
    }

    @Test
    void parenthesesNest() {
        assertEquals(List.of("((a (b) c)", "((b)"), surfaces("(a (b) c)"));
        assertEquals(List.of("()"), surfaces("a)"));
        assertEquals(6, surfaces("((((((deep))))))").size());
        assertEquals("((((((deep))))))", surfaces("((((((deep))))))").get(0).substring(1));
    }

    @Test
    void questionAndExclamationMarks() {
        assertEquals(List.of("?؟", "??", "!!"), surfaces("لماذا؟ Pourquoi ? Non !"));
    }

    @Test
    void fullWidthMarksAreTheHalfWidthOnes() {
        assertEquals(List.of("??", "?？", "!！", "((a)", "(（b）"), surfaces("Why? 为什么？ 好！ (a) （b）"));
    }

    @Test
    void cornerBracketsAreQuotes() {
        assertEquals(List.of("\"「好」", "\"『是』"), surfaces("他说「好」，她说『是』"));
    }

    @Test
    void singleQuotesAroundWordsAreQuotations() {
        assertEquals(List.of("\"'Why, he's just like me!'", "!!", "\"‘Yes’"),
                surfaces("'Why, he's just like me!' thought Trinket. ‘Yes’, he said."));
    }

    @Test
    void aSingleQuotationSplitAcrossSentencesLeavesAMarkInEach() {
        assertEquals(List.of("\"'", "!!"), surfaces("His thoughts ran on: 'What a fool I was!"));
        assertEquals(List.of("!!", "\"'"), surfaces("They would never miss it!'"));
    }

    @Test
    void apostrophesInsideAndAtTheEndOfWordsAreNotQuotes() {
        assertEquals(List.of(), surfaces("the boys' books, l'homme, it’s Smiths'"));
    }
}
