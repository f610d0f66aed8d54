package io.paralign.profile;

import java.util.List;
import java.util.Set;

/** German: every noun capitalised, so a capital is a weaker sign of a name. */
final class German {
    /** Function words and titles that start sentences capitalised. */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
            "aber", "doch", "denn", "sondern", "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "dieser", "diese",
            "dieses", "diesem", "diesen", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom",
            "zu", "zum", "zur", "über", "unter", "vor", "durch", "für", "gegen", "ohne", "um", "als", "wenn", "weil",
            "dass", "ob", "wie", "wo", "was", "wer", "warum", "auch", "noch", "schon", "nur", "so", "dann", "da",
            "hier", "dort", "nicht", "kein", "keine", "sein", "seine", "ihre", "unser", "herr", "frau");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "ich", "bin", "wir", "sind", "war", "nach", "aus", "hat", "habe", "haben", "kein", "keine", "heute",
            "noch", "schon", "wie", "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem",
            "sich", "auf", "für", "von", "zu", "auch", "wird", "werden", "sie", "es", "im", "bei", "oder");

    private static final List<BoilerplateCue> BOILERPLATE = List.of(
            new BoilerplateCue("\\balle\\s+rechte\\s+vorbehalten\\b|\\bmehr\\s+zum\\s+thema\\b|\\bnach\\s+oben\\b",
                    "vorbehalten", "thema", "oben"));

    static final LanguageProfile PROFILE = new LanguageProfile(
            "de",
            Direction.LEFT_TO_RIGHT,
            List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION),
            Stemming.PREFIX,
            NAME_STOP_WORDS,
            FUNCTION_WORDS,
            List.of("prozent"),
            BOILERPLATE,
            true,
            SearchAnalyzer.STANDARD);

    private German() {
    }
}
