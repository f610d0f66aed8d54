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
    }

    @Test
    void questionAndExclamationMarks() {
        assertEquals(List.of("?؟", "??", "!!"), surfaces("لماذا؟ Pourquoi ? Non !"));
    }
}
