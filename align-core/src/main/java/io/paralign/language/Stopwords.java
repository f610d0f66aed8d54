package io.paralign.language;

import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words of the Latin-script languages the guesser knows, lower case. Each list keeps
 * words that are common in that language and rare in the others (French "de" is Spanish and Portuguese too, so it
 * is left out; the elided "l'" and "d'" count as the words "l" and "d"), which keeps the lists short and the vote sharp.
 */
final class Stopwords {
    static final Map<String, Set<String>> LATIN = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "it", "this", "from", "by",
                    "have", "has", "are", "which", "be", "not", "or", "its", "their", "they", "were"),
            "fr", Set.of("le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "que", "sur",
                    "au", "aux", "pas", "par", "avec", "ce", "cette", "il", "elle", "sont", "ont", "été", "plus",
                    "l", "d", "à", "mais", "ne", "ses", "leur", "ou", "malgré"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "sich",
                    "auf", "für", "von", "zu", "auch", "wird", "werden", "sie", "es", "im", "bei", "oder"),
            "es", Set.of("el", "los", "las", "y", "es", "por", "con", "una", "del", "se", "lo", "como", "pero",
                    "para", "más", "fue", "su", "sus", "muy", "está"),
            "it", Set.of("il", "di", "che", "è", "per", "non", "una", "della", "gli", "con", "sono", "del", "nel",
                    "alla", "anche", "come", "più", "questo", "dei"),
            "pt", Set.of("os", "as", "e", "do", "da", "das", "dos", "não", "uma", "com", "para", "por", "em", "mais",
                    "foi", "são", "ao", "também", "seu", "sua"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "zijn", "met", "voor", "ook",
                    "wordt", "bij", "naar", "maar", "om", "werd"),
            "is", Set.of("og", "að", "er", "í", "á", "sem", "við", "ekki", "um", "til", "var", "með", "það", "hann",
                    "hún", "eru", "fyrir", "af", "þess", "voru"));

    private Stopwords() {
    }
}
