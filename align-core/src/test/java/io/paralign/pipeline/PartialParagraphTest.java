package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.eval.BeadIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of the French left out of the English, then a French paragraph that lost its second sentence, and a
 * heading only in the English: after the missing paragraph, the English paragraphs must stay paired with the French
 * paragraphs that share their names and numbers (Brightwell Courier, 4.2, 2016), not shift by one paragraph to where
 * the lengths happen to agree (the English paragraph of two sentences about 2016 is as long as the French one about
 * the costs). The texts are written for this test.
 */
class PartialParagraphTest {
    private static final String ENGLISH = """
            The harbour of Brightwell reopened on Monday after three weeks of repairs.

            Workers from Calloway Marine replaced the northern pier, which storms had damaged in January.
            The mayor, Helen Ashdown, thanked the crews for finishing ahead of schedule.

            The Brightwell Courier reported that fishing boats returned to the harbour before dawn on Tuesday.

            Officials said the repairs cost 4.2 million pounds, shared between the council and the port authority.
            Ashdown said the council would publish the full accounts in the spring.

            In 2016, a similar storm destroyed the southern pier and closed the harbour for five months.
            Local traders estimated their losses at 380,000 pounds during that closure.

            Reactions from the council

            The port authority plans to install new wave barriers by 2027.
            """;
    private static final String FRENCH = """
            Le port de Brightwell a rouvert lundi après trois semaines de travaux.

            Les ouvriers de Calloway Marine ont remplacé la jetée nord, endommagée par les tempêtes en janvier.
            La maire, Helen Ashdown, a remercié les équipes d'avoir terminé avant la date prévue.

            Plusieurs familles de pêcheurs attendaient sur le quai depuis la veille au soir.
            Elles ont applaudi lorsque le premier chalutier a franchi l'entrée du port, peu après six heures du matin.

            Selon le Brightwell Courier, les bateaux de pêche sont revenus au port avant l'aube mardi.

            Les responsables ont indiqué que les réparations avaient coûté 4,2 millions de livres, partagés entre le \
            conseil et l'autorité portuaire.
            Ashdown a déclaré que le conseil publierait les comptes complets au printemps.

            En 2016, une tempête semblable avait détruit la jetée sud et fermé le port pendant cinq mois.

            L'autorité portuaire prévoit d'installer de nouvelles digues d'ici 2027.
            """;

    @Test
    void paragraphsAfterAMissingOneStayWithTheirNamesAndNumbers() {
        AlignmentResult result = new AlignmentPipeline().align(ENGLISH, "en", FRENCH, "fr", false);
        List<String> beads = result.beads().stream().map(b -> new BeadIds(b.source(), b.target()))
                .map(b -> b.source() + ":" + b.target()).toList();
        assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[]:[4]", "[3]:[5]", "[4]:[6]", "[5]:[7]",
                "[6]:[8]", "[7]:[]", "[8]:[]", "[9]:[9]"), beads);
    }
}
