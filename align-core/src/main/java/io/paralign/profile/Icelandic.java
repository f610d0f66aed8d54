package io.paralign.profile;

import java.util.List;
import java.util.Set;

/** Icelandic. */
final class Icelandic {
    /** Function words that start sentences capitalised. */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "ég", "þú", "hann", "hún", "það", "við", "þeir", "þær", "þau", "og", "eða", "sem", "að", "í", "á", "með",
            "frá", "til", "af", "fyrir", "eftir", "hjá", "þegar", "ef", "því", "þess", "þetta", "sá", "sú", "þessi",
            "ekki", "einnig");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "ég", "hér", "halló", "þú", "þetta", "mjög", "og", "að", "er", "í", "á", "sem", "við", "ekki", "um",
            "til", "var", "með", "það", "hann", "hún", "eru", "fyrir", "af", "þess", "voru");

    static final LanguageProfile PROFILE = new LanguageProfile(
            "is",
            Direction.LEFT_TO_RIGHT,
            List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION),
            Stemming.PREFIX,
            NAME_STOP_WORDS,
            FUNCTION_WORDS,
            List.of("prósent"),
            List.of(),
            false,
            SearchAnalyzer.STANDARD);

    private Icelandic() {
    }
}
