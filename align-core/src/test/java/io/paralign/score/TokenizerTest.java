package io.paralign.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.paralign.normalize.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(TextNormalizer.standard());

    private static void check(String text, String... tokens) {
        assertEquals(List.of(tokens), TOKENIZER.tokens(text));
    }

    @Test
    void empty() {
        check("");
    }

    @Test
    void latinWordsAreFoldedAndCutToFiveLetters() {
        check("Les Élections générales", "les", "elect", "gener");
    }

    @Test
    void hanCharactersAreTokensOfTheirOwn() {
        check("那天晚上", "那", "天", "晚", "上");
    }

    @Test
    void thaiIsCutIntoDictionaryWords() {
        check("ภาษาไทยง่ายนิดเดียว", "ภาษา", "ไทย", "ง่าย", "นิด", "เดียว");
    }

    @Test
    void kanaRunsAreCutIntoDictionaryWordsAndHanStaysCharacterByCharacter() {
        check("東京でコンピューターを買いました", "東", "京", "コンピューター", "買", "いま", "した");
    }

    @Test
    void arabicWordsLoseTheirCliticsAndSuffixes() {
        check("والمدينة الكبيرة", "مدين", "كبير");
    }

    @Test
    void aWordMetAgainGivesTheSameTokenWithoutStemmingItAgain() {
        Tokenizer tokenizer = new Tokenizer(TextNormalizer.standard());
        String first = tokenizer.tokens("Les élections").get(1);
        List<String> again = tokenizer.tokens("après les élections, les élections");
        assertEquals(List.of("apres", "les", "elect", "les", "elect"), again);
        assertSame(first, again.get(2));
        assertSame(first, again.get(4));
        assertSame(tokenizer.tokens("والمدينة").get(0), tokenizer.tokens("في والمدينة").get(1));
    }

    @Test
    void numbersTokensInTheTextsStemsInOrderOfFirstAppearance() {
        Stems stems = new Stems();
        assertArrayEquals(new int[] {0, 1, 2, 1, 2}, TOKENIZER.ids("après les élections, les élections", stems));
        assertArrayEquals(new int[] {1, 3, 2}, TOKENIZER.ids("Les urnes, élections", stems));
        assertEquals(4, stems.size());
        assertEquals(TOKENIZER.tokens("Les urnes, élections"), stems.stems(new int[] {1, 3, 2}));
        assertArrayEquals(new int[0], TOKENIZER.ids("", stems));
    }
}
