package io.paralign.profile;

import java.util.List;
import java.util.Set;

/**
 * Latin-script languages known only by their function words, with which the guesser tells them apart: Spanish,
 * Italian, Portuguese, Dutch. They have the segmentation, stemming and analysis of any alphabet and none of the
 * rest: no name stop words, number words or boilerplate.
 */
final class FunctionWordLanguages {
    static final LanguageProfile SPANISH = profile("es", Set.of(
            "yo", "hola", "estoy", "aquí", "mis", "nosotros", "hay", "también", "cuando", "el", "los", "las", "y",
            "es", "por", "con", "una", "del", "se", "lo", "como", "pero", "para", "más", "fue", "su", "sus", "muy",
            "está"));

    static final LanguageProfile ITALIAN = profile("it", Set.of(
            "ciao", "io", "noi", "voi", "molto", "questa", "ci", "ho", "siamo", "il", "di", "che", "è", "per", "non",
            "una", "della", "gli", "con", "sono", "del", "nel", "alla", "anche", "come", "più", "questo", "dei"));

    static final LanguageProfile PORTUGUESE = profile("pt", Set.of(
            "olá", "eu", "estou", "nós", "você", "muito", "isso", "isto", "tem", "os", "as", "e", "do", "da", "das",
            "dos", "não", "uma", "com", "para", "por", "em", "mais", "foi", "são", "ao", "também", "seu", "sua"));

    static final LanguageProfile DUTCH = profile("nl", Set.of(
            "ik", "ben", "wij", "jij", "zij", "heb", "heeft", "hebben", "deze", "hij", "dit", "wat", "geen", "nog",
            "ze", "uit", "door", "het", "een", "van", "is", "niet", "dat", "op", "zijn", "met", "voor", "ook",
            "wordt", "bij", "naar", "maar", "om", "werd"));

    private FunctionWordLanguages() {
    }

    private static LanguageProfile profile(String language, Set<String> functionWords) {
        return new LanguageProfile(language, Direction.LEFT_TO_RIGHT,
                List.of(SentenceFixup.CLOSING_PUNCTUATION, SentenceFixup.CONTINUATION), Stemming.PREFIX,
                Set.of(), functionWords, List.of(), List.of(), false, SearchAnalyzer.STANDARD);
    }
}
