package io.paralign.language;

import io.paralign.model.LanguageDetection;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;

/**
 * Tells the language of a document in two steps, as script-first identifiers such as CLD do: the dominant script
 * decides when it belongs to one language (Arabic, Han, Hangul, Greek...); Latin-script text is decided by counting
 * the most frequent function words of each candidate language (Grefenstette 1995, "Comparing two language
 * identification schemes"). Returns a BCP 47 tag; throws {@link UnknownLanguageException} rather than guess when
 * the evidence is thin. A sentence is enough when it holds two function words of one language and at most half as
 * many of any other. Stateless and thread-safe.
 */
public final class LanguageGuesser {
    /** Letters needed before any guess. */
    static final int MIN_LETTERS = 10;
    /** Function-word hits needed for a Latin-script guess. */
    static final int MIN_HITS = 3;
    /** How far the best language must lead the second, as a ratio of hits. */
    static final double MIN_LEAD = 1.5;
    /** Below this many words a text is short: two hits suffice, with a lead of {@link #SHORT_LEAD}. */
    static final int SHORT_WORDS = 25;
    static final int SHORT_MIN_HITS = 2;
    static final double SHORT_LEAD = 2;

    private LanguageGuesser() {
    }

    /**
     * @param text a document, a sentence or more
     * @return its language as a BCP 47 tag, e.g. {@code ar}, {@code fr}, {@code zh}
     * @throws UnknownLanguageException when the text has too few letters or no language stands out
     */
    public static String guess(String text) {
        return detect(text).language();
    }

    /**
     * The language of a text and how sure the guess is: the share of letters in the language's script, times, for
     * Latin-script text, the share of the function words found that are the language's.
     *
     * @throws UnknownLanguageException when the text has too few letters or no language stands out
     */
    public static LanguageDetection detect(String text) {
        if (text == null) {
            throw new UnknownLanguageException("cannot tell the language of a null text");
        }
        return detect(new TextEvidence(text));
    }

    static LanguageDetection detect(TextEvidence evidence) {
        if (evidence.letters < MIN_LETTERS) {
            throw new UnknownLanguageException("cannot tell the language: " + evidence.letters + " letters, at least "
                    + MIN_LETTERS + " needed");
        }
        // Japanese mixes Han with kana, so kana decide before Han does
        int kana = evidence.letters(UnicodeScript.HIRAGANA) + evidence.letters(UnicodeScript.KATAKANA);
        if (kana > evidence.letters / 10) {
            return detected("ja", evidence.share(LanguageScripts.of("ja")));
        }
        UnicodeScript dominant = evidence.dominant();
        double share = evidence.share(dominant);
        if (dominant == UnicodeScript.LATIN) {
            return latin(evidence, share);
        }
        if (dominant == UnicodeScript.ARABIC) {
            return detected(arabicScript(evidence), share);
        }
        String language = LanguageScripts.single(dominant);
        if (language == null) {
            throw new UnknownLanguageException("cannot tell the language: mostly "
                    + dominant.name().toLowerCase(Locale.ROOT) + " script, which no known language is mapped to");
        }
        return detected(language, share);
    }

    private static LanguageDetection detected(String language, double confidence) {
        return new LanguageDetection(language, Math.round(confidence * 100) / 100.0);
    }

    /** Arabic script: Arabic unless letters only Persian or Urdu use are frequent. */
    private static String arabicScript(TextEvidence evidence) {
        int letters = evidence.letters(UnicodeScript.ARABIC);
        if (evidence.urduLetters > letters / 50) {
            return "ur";
        }
        return evidence.persianLetters > letters / 50 ? "fa" : "ar";
    }

    /** The language whose function words lead; a short text (a sentence) needs fewer hits and a wider lead. */
    private static LanguageDetection latin(TextEvidence evidence, double share) {
        String best = null;
        int first = 0;
        int second = 0;
        int all = 0;
        for (Map.Entry<String, Integer> e : evidence.hits().entrySet()) {
            all += e.getValue();
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        boolean isShort = evidence.words() < SHORT_WORDS;
        boolean clear = isShort ? first >= SHORT_MIN_HITS && first >= SHORT_LEAD * second
                : first >= MIN_HITS && first >= MIN_LEAD * second;
        if (!clear) {
            throw new UnknownLanguageException("cannot tell the language of a Latin-script text: function words "
                    + (evidence.hits().isEmpty() ? "of no known language" : "found " + evidence.hits()));
        }
        return detected(best, share * first / all);
    }
}
