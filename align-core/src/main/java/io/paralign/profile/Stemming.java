package io.paralign.profile;

/**
 * How lexical evidence ({@code score.Tokenizer}) reduces the words of a language so that inflected forms meet. The
 * tokenizer decides by the script of each word, so this names what happens to words of the language's script, in
 * a document of any language.
 */
public enum Stemming {
    /** Lucene's Arabic light stemmer (Larkey, Ballesteros &amp; Connell 2007, "light10"): clitics and suffixes off. */
    ARABIC_LIGHT,
    /** Accents folded, then the first five letters: prefix stemming, which works across alphabets. */
    PREFIX,
    /** No stemmer: Han characters are tokens of their own, Kana and Thai runs are cut into whole dictionary words. */
    NONE
}
