package io.paralign.language;

import java.util.Map;
import java.util.Set;

/**
 * The most frequent function words of the Latin-script languages the guesser knows, lower case. Each list keeps
 * words that are common in that language and rare in the others (French "de" is Spanish, Portuguese and Dutch too,
 * so it is left out, and so is Dutch "en", a French word; the elided "l'" and "d'" count as the words "l" and "d"),
 * which keeps the lists short and the vote sharp. Pronouns, auxiliaries and greetings of one language only are in
 * too, so that a single sentence has a few hits.
 */
final class Stopwords {
    static final Map<String, Set<String>> LATIN = Map.of(
            "en", Set.of("hello", "here", "there", "you", "we", "he", "she", "my", "our", "will", "would", "been", "had", "but", "what", 
                    "the", "and", "of", "to", "is", "that", "for", "with", "was", "it", "this", "from", "by",
                    "have", "has", "are", "which", "be", "not", "or", "its", "their", "they", "were"),
            "fr", Set.of("je", "nous", "vous", "suis", "sommes", "avons", "avez", "très", "aussi", "là", "ici", "tout", "tous", "mon", "ton", "sa", "ces", "cet", "être", "fait", "où", "moi", "toi", 
                    "le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour", "qui", "que", "sur",
                    "au", "aux", "pas", "par", "avec", "ce", "cette", "il", "elle", "sont", "ont", "été", "plus",
                    "l", "d", "à", "mais", "ne", "ses", "leur", "ou", "malgré"),
            "de", Set.of("ich", "bin", "wir", "sind", "war", "nach", "aus", "hat", "habe", "haben", "kein", "keine", "heute", "noch", "schon", "wie", 
                    "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "sich",
                    "auf", "für", "von", "zu", "auch", "wird", "werden", "sie", "es", "im", "bei", "oder"),
            "es", Set.of("yo", "hola", "estoy", "aquí", "mis", "nosotros", "hay", "también", "cuando", 
                    "el", "los", "las", "y", "es", "por", "con", "una", "del", "se", "lo", "como", "pero",
                    "para", "más", "fue", "su", "sus", "muy", "está"),
            "it", Set.of("ciao", "io", "noi", "voi", "molto", "questa", "ci", "ho", "siamo", 
                    "il", "di", "che", "è", "per", "non", "una", "della", "gli", "con", "sono", "del", "nel",
                    "alla", "anche", "come", "più", "questo", "dei"),
            "pt", Set.of("olá", "eu", "estou", "nós", "você", "muito", "isso", "isto", "tem", 
                    "os", "as", "e", "do", "da", "das", "dos", "não", "uma", "com", "para", "por", "em", "mais",
                    "foi", "são", "ao", "também", "seu", "sua"),
            "nl", Set.of("ik", "ben", "wij", "jij", "zij", "heb", "heeft", "hebben", "deze", "hij", "dit", "wat",
                    "geen", "nog", "ze", "uit", "door", "het", "een", "van", "is", "niet", "dat", "op", "zijn", "met", "voor", "ook",
                    "wordt", "bij", "naar", "maar", "om", "werd"),
            "is", Set.of("ég", "hér", "halló", "þú", "þetta", "mjög", 
                    "og", "að", "er", "í", "á", "sem", "við", "ekki", "um", "til", "var", "með", "það", "hann",
                    "hún", "eru", "fyrir", "af", "þess", "voru"));

    private Stopwords() {
    }
}
