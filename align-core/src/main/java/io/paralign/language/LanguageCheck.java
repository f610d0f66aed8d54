package io.paralign.language;

import io.paralign.model.LanguageDetection;
import io.paralign.model.Side;
import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks a declared language against the text, conservatively: only a clear contradiction is refused, since refusing
 * a right label costs more than letting a wrong one through (which the alignment then shows as untranslated text).
 * <ol>
 *   <li>Script: under {@value #MAX_SCRIPT_SHARE} of the letters are in the declared language's script, with at least
 *       {@value #MIN_LETTERS} letters, and the guesser can tell what the text is (Arabic text labelled {@code fr}).
 *   <li>Function words, when the declared language is told by them: another language has at least
 *       {@value #MIN_HITS} function words in the text and {@value #LEAD} times as many as the declared one
 *       (French text labelled {@code en}).
 * </ol>
 * Languages of one script told apart by letters (Arabic, Persian, Urdu; Chinese and Japanese) are never refused,
 * nor are texts the guesser cannot tell, nor languages without a profile. Thread-safe.
 *
 * <p>A text found to agree with its label is remembered (its label, length and a 64-bit hash, not the text; up to
 * {@value #REMEMBERED} of them), since a batch checks each document three times: when it reads the input and when
 * each of its two passes segments it. The guess reads the whole text, which makes it the check's costly part.
 */
public final class LanguageCheck {
    /** The language tag that asks for detection. */
    public static final String AUTO = "auto";
    static final int MIN_LETTERS = 20;
    static final double MAX_SCRIPT_SHARE = 0.25;
    static final int MIN_HITS = 10;
    static final int LEAD = 4;
    static final int REMEMBERED = 8_192;
    private static final Set<Agreement> AGREEING = ConcurrentHashMap.newKeySet();

    private LanguageCheck() {
    }

    /** True for {@code auto}, in any letter case. */
    public static boolean isAuto(String tag) {
        return AUTO.equalsIgnoreCase(tag);
    }

    /**
     * @param side the side whose text it is, or null for a document on its own
     * @throws LanguageMismatchException when the text clearly is in another language than {@code declared}
     */
    public static void check(Side side, String declared, String text) {
        if (text == null || !SupportedLanguages.isSupported(declared)) {
            return;
        }
        Agreement agreement = Agreement.of(declared, text);
        if (AGREEING.contains(agreement)) {
            return;
        }
        checkText(side, declared, text);
        if (AGREEING.size() < REMEMBERED) {
            AGREEING.add(agreement);
        }
    }

    private static void checkText(Side side, String declared, String text) {
        String primary = SupportedLanguages.primary(declared);
        TextEvidence evidence = new TextEvidence(text);
        if (evidence.letters < MIN_LETTERS) {
            return;
        }
        LanguageDetection detected;
        try {
            detected = LanguageGuesser.detect(evidence);
        } catch (UnknownLanguageException e) {
            return;
        }
        Set<UnicodeScript> scripts = LanguageScripts.of(primary);
        double share = evidence.share(scripts);
        if (share < MAX_SCRIPT_SHARE) {
            throw new LanguageMismatchException(side, declared, detected, scriptShares(evidence, scripts));
        }
        boolean notByWords = !FunctionWords.BY_LANGUAGE.containsKey(primary)
                || !FunctionWords.BY_LANGUAGE.containsKey(detected.language());
        if (notByWords || detected.language().equals(primary)) {
            return;
        }
        int hits = evidence.hits(detected.language());
        int declaredHits = evidence.hits(primary);
        if (hits >= MIN_HITS && hits >= LEAD * declaredHits) {
            throw new LanguageMismatchException(side, declared, detected, String.format(Locale.ROOT,
                    "%d function words of '%s' against %d of '%s'", hits, detected.language(), declaredHits,
                    primary));
        }
    }

    private static String scriptShares(TextEvidence evidence, Set<UnicodeScript> declared) {
        String shares = evidence.scripts().entrySet().stream().limit(2)
                .map(e -> percent(e.getValue(), evidence.letters) + " " + name(e.getKey()))
                .collect(Collectors.joining(", "));
        String expected = declared.stream().map(LanguageCheck::name).sorted().collect(Collectors.joining("/"));
        return String.format(Locale.ROOT, "%,d letters: %s; %s expected", evidence.letters, shares, expected);
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    private static String name(UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** A label and a text it was found to agree with, the text known by its length and 64-bit FNV-1a hash. */
    private record Agreement(String declared, int length, long hash) {
        static Agreement of(String declared, String text) {
            long hash = 0xcbf29ce484222325L;
            for (int k = 0; k < text.length(); k++) {
                hash = (hash ^ text.charAt(k)) * 0x100000001b3L;
            }
            return new Agreement(declared, text.length(), hash);
        }
    }
}
