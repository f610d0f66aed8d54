package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Pairing by names and by shared anchors on short texts: two articles, each in Arabic and French, sharing numbers
 * and names only with their own translation.
 */
class DocumentPairerTest {
    private static final String BRIDGE_AR = "افتتح الجسر الجديد في 14 مارس 2023 بعد 38 شهرا من الأشغال، وبلغت "
            + "تكلفته 412 مليون يورو، حسب شركة Vinci التي قالت إن 7250 سيارة ستعبره كل يوم.";
    private static final String BRIDGE_FR = "Le nouveau pont a ouvert le 14 mars 2023 après 38 mois de travaux ; il "
            + "a coûté 412 millions d’euros, selon Vinci, qui prévoit que 7250 voitures le traverseront chaque jour.";
    private static final String HARVEST_AR = "قدر المحصول هذا العام بـ 96 ألف طن، أي بزيادة 17 في المئة عن عام 2019، "
            + "وفق تقرير منظمة FAO الصادر في 9 سبتمبر.";
    private static final String HARVEST_FR = "La récolte de cette année est estimée à 96 000 tonnes, soit 17 % de plus "
            + "qu’en 2019, selon le rapport de la FAO publié le 9 septembre.";

    private static InputDocument document(String name, String text, String language) {
        return new InputDocument(name, Path.of(name), text, language);
    }

    /** Each pair as {@code source+target (how)}, best first, then the unpaired documents. */
    private static String pair(String sourceLanguage, InputDocument... documents) {
        Pairing pairing = new DocumentPairer().pair(List.of(documents), sourceLanguage);
        String pairs = pairing.pairs().stream()
                .map(p -> p.source().name() + "+" + p.target().name() + " (" + p.pairedBy() + ")")
                .collect(Collectors.joining(", "));
        String unpaired = pairing.unpaired().stream().map(InputDocument::name).collect(Collectors.joining(", "));
        return pairs + " | " + unpaired;
    }

    @Test
    void empty() {
        assertEquals(" | ", pair(null));
    }

    @Test
    void translationsArePairedByTheAnchorsTheyShare() {
        assertEquals("a.txt+d.txt (ANCHORS), b.txt+c.txt (ANCHORS) | ", pair("ar",
                document("a.txt", BRIDGE_AR, "ar"), document("b.txt", HARVEST_AR, "ar"),
                document("c.txt", HARVEST_FR, "fr"), document("d.txt", BRIDGE_FR, "fr")));
    }

    @Test
    void nameMatesSharingAnchorsArePairedByBoth() {
        assertEquals("bridge.ar.txt+bridge.fr.txt (NAME_AND_ANCHORS) | ", pair(null,
                document("bridge.ar.txt", BRIDGE_AR, "ar"), document("bridge.fr.txt", BRIDGE_FR, "fr")));
    }

    @Test
    void nameMatesSharingNoAnchorArePairedByName() {
        Pairing pairing = new DocumentPairer().pair(List.of(document("001.ar.txt", "مرحبا بكم في موقعنا.", "ar"),
                document("001.fr.txt", "Bienvenue sur notre site.", "fr")), null);
        assertEquals(1, pairing.pairs().size());
        assertEquals(PairedBy.NAME, pairing.pairs().get(0).pairedBy());
        // the name alone is worth NAME_EVIDENCE
        assertEquals(DocumentPairer.NAME_EVIDENCE, pairing.pairs().get(0).score(), 1e-9);
    }

    @Test
    void theSourceIsTheDocumentInTheSourceLanguage() {
        assertEquals("d.txt+a.txt (ANCHORS) | ", pair("fr", document("a.txt", BRIDGE_AR, "ar"),
                document("d.txt", BRIDGE_FR, "fr")));
    }

    @Test
    void withoutASourceLanguageTheMostFrequentOneIsTheSource() {
        assertEquals("d.txt+a.txt (ANCHORS) | b.txt", pair(null, document("a.txt", BRIDGE_AR, "ar"),
                document("b.txt", HARVEST_FR, "fr"), document("d.txt", BRIDGE_FR, "fr")));
    }

    @Test
    void documentsOfOneLanguageAreNeverPaired() {
        assertEquals(" | a.txt, b.txt", pair(null, document("a.txt", BRIDGE_FR, "fr"),
                document("b.txt", BRIDGE_FR, "fr-FR")));
    }

    @Test
    void unrelatedArticlesStayUnpaired() {
        assertEquals(" | a.txt, c.txt", pair("ar", document("a.txt", BRIDGE_AR, "ar"),
                document("c.txt", HARVEST_FR, "fr")));
    }

    @Test
    void anchorsStronglyAgainstTheNamesOverruleThem() {
        // 001.fr.txt is named as the Arabic bridge article's mate but holds the harvest article
        assertEquals("001.ar.txt+bridge.txt (ANCHORS) | 001.fr.txt", pair("ar",
                document("001.ar.txt", BRIDGE_AR, "ar"), document("001.fr.txt", HARVEST_FR, "fr"),
                document("bridge.txt", BRIDGE_FR, "fr")));
    }

    @Test
    void eachTaskStepsOncePerDocument() {
        List<String> steps = Collections.synchronizedList(new ArrayList<>());
        PairingProgress progress = (task, unit, total) -> () -> steps.add(task + " of " + total + " " + unit);
        new DocumentPairer().pair(List.of(document("a.txt", BRIDGE_AR, "ar"), document("d.txt", BRIDGE_FR, "fr"),
                document("c.txt", HARVEST_FR, "fr")), null, progress);
        assertEquals(3, Collections.frequency(steps, "pairing: reading anchors of 3 documents"));
        assertEquals(3, Collections.frequency(steps, "pairing: comparing anchors of 3 documents"));
        assertEquals(6, steps.size());
    }
}
