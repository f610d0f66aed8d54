package io.paralign.score;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.paralign.anchor.Scripts;
import io.paralign.cache.SpanCache;
import io.paralign.normalize.AccentFolder;
import io.paralign.normalize.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Word tokens for lexical evidence: normalised, then reduced to a light stem so that inflected forms meet. Arabic
 * words lose their clitics and suffixes through Lucene's {@link ArabicStemmer} (Larkey, Ballesteros &amp; Connell
 * 2007, "light10"); Latin-script words lose their accents ({@link AccentFolder}) and are cut to
 * {@value #LATIN_PREFIX} letters, the prefix-stemming that works across Romance and Germanic languages for
 * co-occurrence counts; Han characters are tokens of their own; runs of Kana, Thai, Lao, Khmer or Burmese, written
 * without spaces, are cut into words by ICU's dictionary-based word breaks. Thread-safe.
 */
public final class Tokenizer {
    static final int LATIN_PREFIX = 5;
    /**
     * Slots of the cache of words' tokens, so that the words a batch repeats are stemmed once and their tokens shared,
     * not built again for each sentence: aligning the 123 NTREX articles round after round, 22,000 words are stemmed
     * in the first round and 2,800 in each later one (16,300 with half the slots). A full cache holds an estimated 5 MB
     * (an entry, the word and its token: about 150 bytes).
     */
    static final int CACHED_WORDS = 32_768;
    private static final String[] NO_TOKENS = {};
    private static final AccentFolder ACCENTS = new AccentFolder();
    /** A prototype, cloned for each use: a break iterator holds its text. */
    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);

    private final Normalizer normalizer;
    private final ArabicStemmer arabicStemmer = new ArabicStemmer();
    private final SpanCache<String[]> words = new SpanCache<>(CACHED_WORDS, this::wordTokens);

    public Tokenizer(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Stemmed tokens of a text, in order, with repeats. */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        scan(text, tokens::add);
        return tokens;
    }

    /** The numbers in {@code stems} of a text's stemmed tokens, in order, with repeats; new stems are numbered. */
    public int[] ids(String text, Stems stems) {
        Numbered numbered = new Numbered(stems);
        scan(text, numbered);
        return Arrays.copyOf(numbered.ids, numbered.size);
    }

    /** Each stemmed token of a text, in order, with repeats. */
    private void scan(String text, Consumer<String> sink) {
        String normalized = normalizer.normalize(text);
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            if (isHan(cp)) {
                sink.accept(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            } else if (isLetterOrDigit(cp)) {
                int end = wordEnd(normalized, i);
                for (String token : words.get(normalized, i, end)) {
                    sink.accept(token);
                }
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    /** Tokens as their numbers in a text's stems. */
    private static final class Numbered implements Consumer<String> {
        private final Stems stems;
        private int[] ids = new int[16];
        private int size;

        Numbered(Stems stems) {
            this.stems = stems;
        }

        @Override
        public void accept(String token) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = stems.id(token);
        }
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!(isLetterOrDigit(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) || isHan(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** ICU's letter-or-digit test, answered without a table lookup for ASCII and the basic Arabic letters. */
    private static boolean isLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Scripts.isBasicArabicLetter(cp) || UCharacter.isLetterOrDigit(cp);
    }

    /** Han characters start at the CJK radicals (U+2E80). */
    private static boolean isHan(int cp) {
        return cp >= 0x2E80 && UScript.getScript(cp) == UScript.HAN;
    }

    /** Scripts whose words are not separated by spaces, besides Han (tokens of their own, character by character). */
    private static boolean isWrittenWithoutSpaces(int cp) {
        if (cp < 0x0E00) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script == UScript.HIRAGANA || script == UScript.KATAKANA || script == UScript.THAI
                || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR;
    }

    /**
     * The words of a run without spaces, found by ICU's dictionary-based word break iterator (Kana runs, Thai, Lao,
     * Khmer, Burmese), each kept whole: cutting to a prefix means nothing in these scripts. Single characters
     * (mostly particles) are left out, as one-letter words are elsewhere.
     */
    private static String[] dictionaryWords(String run) {
        BreakIterator breaks = (BreakIterator) WORDS.clone();
        breaks.setText(run);
        List<String> found = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            if (end - start >= 2) {
                found.add(run.substring(start, end));
            }
        }
        return found.toArray(NO_TOKENS);
    }

    /** The tokens of one word (a run of letters, digits and marks): none, one, or a run's dictionary words. */
    private String[] wordTokens(String word) {
        int first = word.codePointAt(0);
        if (Scripts.isBasicArabicLetter(first) || (first >= 0x80 && UScript.getScript(first) == UScript.ARABIC)) {
            char[] chars = word.toCharArray();
            int length = arabicStemmer.stem(chars, chars.length);
            return length >= 2 ? new String[] {new String(chars, 0, length)} : NO_TOKENS;
        } else if (Character.isDigit(word.charAt(0))) {
            return new String[] {word};
        } else if (isWrittenWithoutSpaces(first)) {
            return dictionaryWords(word);
        }
        String folded = ACCENTS.normalize(word);
        if (folded.length() < 2) {
            return NO_TOKENS;
        }
        return new String[] {folded.length() > LATIN_PREFIX ? folded.substring(0, LATIN_PREFIX) : folded};
    }

}
