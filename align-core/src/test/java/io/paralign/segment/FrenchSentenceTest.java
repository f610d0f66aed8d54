package io.paralign.segment;

import static io.paralign.segment.Segments.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchSentenceTest {

    private static void check(String text, String... expected) {
        assertEquals(List.of(expected), sentences(text, "fr"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "M. Dupont est là.", "MM. Dupont et Durand sont là.", "Mme. Durand arrive.", "Mlle. Roux arrive.",
        "Le Dr. House et le Pr. Tournesol sont là.", "Rue St. Louis et Ste. Anne.", "Voir cf. Dupont 2003.",
        "Voir (p. 3) du rapport.", "Par ex. Paris est là.", "En 300 av. J.-C. la ville grandit.",
        "Le n° 5 est là.", "J. K. Rowling écrit.", "Des pommes, etc. et des poires.",
        "Il a 1.5 an et pèse 3,5 kg.", "Le Me. Durand plaide.", "Mgr. Rey vient."})
    void abbreviationsAndNumbersDoNotSplit(String sentence) {
        check(sentence, sentence);
    }

    @Test
    void etcBeforeCapitalEndsSentence() {
        check("Des pommes, etc. Puis des poires.", "Des pommes, etc.", "Puis des poires.");
    }

    @Test
    void plainSentencesSplit() {
        check("Il vient. Elle part ! Et toi ? Fin.", "Il vient.", "Elle part !", "Et toi ?", "Fin.");
    }

    @Test
    void closingGuillemetStaysWithItsSentence() {
        check("« Je ne sais pas. » Puis il part.", "« Je ne sais pas. »", "Puis il part.");
    }

    @Test
    void closingGuillemetAfterNoBreakSpace() {
        check("« Je ne sais pas.\u00a0» Puis il part.", "« Je ne sais pas.\u00a0»", "Puis il part.");
    }

    @Test
    void closingQuotesAndBrackets() {
        check("Il dit “non.” Alors.", "Il dit “non.”", "Alors.");
        check("Il dit \"non.\" Alors.", "Il dit \"non.\"", "Alors.");
        check("(Voir plus haut.) Ensuite.", "(Voir plus haut.)", "Ensuite.");
    }

    @Test
    void openingStraightQuoteStartsNextSentence() {
        check("Il part. \"Bonjour\" dit-il.", "Il part.", "\"Bonjour\" dit-il.");
    }

    @Test
    void quotedQuestionFollowedByIncise() {
        check("« Tu viens ? » a-t-il demandé. Oui.", "« Tu viens ? » a-t-il demandé.", "Oui.");
    }

    @Test
    void quotedExclamationFollowedByComma() {
        check("« Il y a un requin ! », explique Chad. Fin.", "« Il y a un requin ! », explique Chad.", "Fin.");
    }

    @Test
    void multiSentenceQuotationSplitsLikeTheGold() {
        check("Il dit : « Je viens. Tu viens ? » Puis il part.",
                "Il dit : « Je viens.", "Tu viens ? »", "Puis il part.");
    }

    @Test
    void ellipsisBeforeCapital() {
        check("Il hésita… Puis il partit.", "Il hésita…", "Puis il partit.");
        check("Il hésita… puis partit.", "Il hésita… puis partit.");
    }
}
