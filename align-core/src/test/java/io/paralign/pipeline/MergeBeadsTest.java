package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.align.Bead;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made English-French texts (one sentence a line) whose right alignment needs a merge bead; the expected beads
 * are read off the translation, not computed.
 */
class MergeBeadsTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    private static List<String> beads(String source, String target) {
        AlignmentResult result = PIPELINE.align(source, "en", target, "fr", true);
        return result.beads().stream().map(MergeBeadsTest::ids).toList();
    }

    private static String ids(Bead bead) {
        return bead.source() + "-" + bead.target();
    }

    /** The bridge sentence and the shops sentence are split after "work" in English, after "à l'aube" in French. */
    @Test
    void twoSentencesSplitAtADifferentPlaceOnEachSideMakeOneTwoToTwoBead() {
        String english = """
                The town council met on Monday morning to discuss the new bridge over the river.
                The new bridge opened to traffic on Tuesday after three years of work, and the first cars crossed it at dawn.
                Local shops hope for more customers.
                The mayor will visit the bridge again next month with the regional minister.
                """;
        String french = """
                Le conseil municipal s'est réuni lundi matin pour discuter du nouveau pont sur la rivière.
                Le nouveau pont a été ouvert à la circulation mardi après trois ans de travaux.
                Les premières voitures l'ont traversé à l'aube, et les commerces du quartier espèrent davantage de clients.
                Le maire visitera de nouveau le pont le mois prochain avec le ministre régional.
                """;
        assertEquals(List.of("[0]-[0]", "[1, 2]-[1, 2]", "[3]-[3]"), beads(english, french));
    }

    /** The museum sentence is one sentence in English and two in French, split before the exhibition. */
    @Test
    void oneSentenceTranslatedAsTwoMakesOneOneToTwoBead() {
        String english = """
                The city presented its cultural programme for the coming year on Thursday evening.
                The museum, which had been closed for renovation since the spring of last year, reopened its doors to the public on Saturday with a new exhibition of modern paintings.
                Entry will be free for children and students until the end of the summer holidays.
                """;
        String french = """
                La ville a présenté jeudi soir son programme culturel pour l'année à venir.
                Le musée, fermé pour rénovation depuis le printemps de l'année dernière, a rouvert ses portes au public samedi.
                Il présente une nouvelle exposition de peintures modernes.
                L'entrée sera gratuite pour les enfants et les étudiants jusqu'à la fin des vacances d'été.
                """;
        assertEquals(List.of("[0]-[0]", "[1]-[1, 2]", "[2]-[3]"), beads(english, french));
    }

    /** The long festival sentence is one sentence in English and three short ones in French. */
    @Test
    void oneSentenceTranslatedAsThreeMakesOneOneToThreeBead() {
        String english = """
                The festival committee announced its plans for the summer on Wednesday.
                The open-air concerts, which drew more than twenty thousand visitors last year, will return to the old harbour in July, the tickets will go on sale in the first week of May, and a free shuttle bus will run from the station every evening.
                The full programme will be published on the festival website next week.
                """;
        String french = """
                Le comité du festival a annoncé mercredi ses projets pour l'été.
                Les concerts en plein air, qui avaient attiré plus de vingt mille visiteurs l'an dernier, reviendront sur le vieux port en juillet.
                Les billets seront mis en vente la première semaine de mai.
                Une navette gratuite partira de la gare chaque soir.
                Le programme complet sera publié la semaine prochaine sur le site du festival.
                """;
        assertEquals(List.of("[0]-[0]", "[1]-[1, 2, 3]", "[2]-[4]"), beads(english, french));
    }
}
