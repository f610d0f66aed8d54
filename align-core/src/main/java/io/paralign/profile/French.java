package io.paralign.profile;

import java.util.List;
import java.util.Set;

/** French: abbreviations and guillemets in segmentation, Lucene's French analyzer. */
final class French {
    /** Function words and titles that start sentences capitalised. */
    private static final Set<String> NAME_STOP_WORDS = Set.of(
            "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et", "ou", "mais", "donc", "or", "ni",
            "car", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu",
            "cela", "ceci", "selon", "dans", "en", "sur", "sous", "pour", "par", "avec", "sans", "chez", "entre",
            "après", "avant", "depuis", "pendant", "lors", "alors", "ainsi", "puis", "si", "quand", "comme",
            "lorsque", "leur", "leurs", "son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "qui",
            "que", "quoi", "dont", "où", "pourquoi", "comment", "quel", "quelle", "quels", "quelles", "tout", "tous",
            "toute", "toutes", "plusieurs", "certains", "certaines", "aucun", "aucune", "chaque", "aujourd'hui",
            "toutefois", "cependant", "enfin", "ensuite", "également", "outre", "parmi", "contre", "vers", "monsieur",
            "madame", "mme", "mlle", "président", "voici", "voilà", "non", "oui");

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "je", "nous", "vous", "suis", "sommes", "avons", "avez", "très", "aussi", "là", "ici", "tout", "tous",
            "mon", "ton", "sa", "ces", "cet", "être", "fait", "où", "moi", "toi", "le", "la", "les", "des", "et",
            "du", "une", "est", "dans", "pour", "qui", "que", "sur", "au", "aux", "pas", "par", "avec", "ce", "cette",
            "il", "elle", "sont", "ont", "été", "plus", "l", "d", "à", "mais", "ne", "ses", "leur", "ou", "malgré");

    private static final List<BoilerplateCue> BOILERPLATE = List.of(
            new BoilerplateCue("\\blire\\s+aussi\\b|\\bà\\s+lire\\s+aussi\\b|\\bvoir\\s+aussi\\b", "aussi"),
            new BoilerplateCue("tous\\s+droits\\s+réservés", "réservés"),
            new BoilerplateCue("\\babonnez[- ]vous\\b|lettre\\s+d[’']information|newsletter", "abonnez", "information",
                    "newsletter"),
            new BoilerplateCue("\\btraduit\\s+(de|du)\\s+l[’']?(anglais|arabe|allemand|espagnol)", "traduit"),
            new BoilerplateCue("\\bcliquez\\s+ici\\b|\\bretour\\s+en\\s+haut\\b|\\bsuivez[- ]nous\\b", "cliquez", "retour",
                    "suivez"),
            new BoilerplateCue("pour\\s+en\\s+savoir\\s+plus\\s+sur\\s+la\\s+reprise", "reprise"));

    static final LanguageProfile PROFILE = new LanguageProfile(
            "fr",
            Direction.LEFT_TO_RIGHT,
            List.of(SentenceFixup.ELLIPSIS_BEFORE_CAPITAL, SentenceFixup.FRENCH_ABBREVIATIONS, SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION),
            Stemming.PREFIX,
            NAME_STOP_WORDS,
            FUNCTION_WORDS,
            List.of("pour ?cent"),
            BOILERPLATE,
            false,
            SearchAnalyzer.FRENCH);

    private French() {
    }
}
