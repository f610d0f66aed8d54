package io.paralign.anchor;

import java.util.List;
import java.util.Set;

/** Function words that are capitalized at the start of a sentence (fr, de, en, is), or too common to be names (ar). */
final class StopWords {
    private StopWords() {
    }

    /** Lower-case Latin-script function words and titles; a capitalized word in this set is not a name. */
    static final Set<String> LATIN = Set.copyOf(List.of(
            // French
            "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "et", "ou", "mais", "donc", "or", "ni",
            "car", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "cela",
            "ceci", "selon", "dans", "en", "sur", "sous", "pour", "par", "avec", "sans", "chez", "entre", "après",
            "avant", "depuis", "pendant", "lors", "alors", "ainsi", "puis", "si", "quand", "comme", "lorsque", "leur",
            "leurs", "son", "sa", "ses", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "qui", "que", "quoi",
            "dont", "où", "pourquoi", "comment", "quel", "quelle", "quels", "quelles", "tout", "tous", "toute",
            "toutes", "plusieurs", "certains", "certaines", "aucun", "aucune", "chaque", "aujourd'hui", "toutefois",
            "cependant", "enfin", "ensuite", "également", "outre", "parmi", "contre", "vers", "monsieur", "madame",
            "mme", "mlle", "président", "selon", "voici", "voilà", "non", "oui",
            // German
            "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
            "aber", "doch", "denn", "sondern", "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "dieser", "diese",
            "dieses", "diesem", "diesen", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu",
            "zum", "zur", "über", "unter", "vor", "durch", "für", "gegen", "ohne", "um", "als", "wenn", "weil",
            "dass", "ob", "wie", "wo", "was", "wer", "warum", "auch", "noch", "schon", "nur", "so", "dann", "da",
            "hier", "dort", "nicht", "kein", "keine", "sein", "seine", "ihre", "unser", "herr", "frau",
            // English
            "the", "a", "an", "and", "but", "yet", "if", "when", "while", "as", "at", "by", "for", "from", "in",
            "into", "of", "onto", "to", "with", "without", "this", "that", "these", "those", "he", "she", "it", "we",
            "they", "i", "you", "his", "her", "its", "our", "their", "my", "your", "there", "here", "what", "which",
            "who", "whom", "whose", "why", "how", "where", "also", "however", "after", "before", "during", "since",
            "until", "according", "mr", "mrs", "ms", "dr", "yes", "no", "not", "all", "some", "many", "most",
            // Icelandic
            "ég", "þú", "hann", "hún", "það", "við", "þeir", "þær", "þau", "og", "eða", "sem", "að", "í", "á",
            "með", "frá", "til", "af", "fyrir", "eftir", "hjá", "þegar", "ef", "því", "þess", "þetta", "sá", "sú",
            "þessi", "ekki", "einnig"));

    /** Arabic function words, in {@link io.paralign.normalize.TextNormalizer} form (ا for أ إ آ, ي for ى, ه for ة). */
    static final Set<String> ARABIC = Set.copyOf(List.of(
            "في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "اللذين",
            "ان", "انه", "انها", "كان", "كانت", "يكون", "تكون", "قد", "لقد", "لم", "لن", "لا", "ما", "ماذا", "كما",
            "او", "ثم", "بين", "حتي", "عند", "منذ", "بعد", "قبل", "خلال", "حول", "كل", "بعض", "غير", "الا", "اذا",
            "لكن", "لكنه", "هو", "هي", "هم", "هن", "نحن", "انا", "انت", "ايضا", "اي", "عليه", "عليها", "فيه",
            "فيها", "منه", "منها", "له", "لها", "لهم", "وقد", "ولم", "وهو", "وهي", "وفي", "ومن", "وان", "كذلك",
            "حيث", "الان", "اليوم", "عام", "عاما", "قال", "وقال", "يوم", "عدد", "مثل", "اكثر", "اول", "دون", "ضد",
            "لدي", "وكان", "وكانت", "هناك", "بشان", "الذى", "التى", "عليهم", "بها", "به", "عنه", "عنها"));
}
