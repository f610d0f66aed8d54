package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unpaired document's likely mates: its name-mate, then the other-language documents with the nearest names. */
class NameNeighboursTest {
    private static InputDocument doc(String name, String language) {
        return new InputDocument(name, Path.of(name), "Text.", language);
    }

    @Test
    void comparesNamesWithoutExtensionOrLanguageWords() {
        assertEquals("001", NameNeighbours.bare("001_ar.txt"));
        assertEquals("report-v2", NameNeighbours.bare("fr/report-v2.txt"));
        assertEquals("", NameNeighbours.bare(""));
        assertEquals(1.0, NameNeighbours.similarity("", ""));
        assertEquals(0.75, NameNeighbours.similarity("news", "new"));
        assertEquals(0.0, NameNeighbours.similarity("abc", "xyz"));
    }

    @Test
    void keepsTheNearestNamesOfAnotherLanguage() {
        InputDocument alone = doc("budget-2024_ar.txt", "ar");
        List<InputDocument> documents = List.of(alone, doc("budget-2024-final_fr.txt", "fr"),
                doc("budget-2023_fr.txt", "fr"), doc("budget-2024_ar-copy.txt", "ar"), doc("weather_fr.txt", "fr"),
                doc("budget-2022_en.txt", "en"), doc("budget-2021_fr.txt", "fr"));
        assertEquals(List.of("budget-2023_fr.txt", "budget-2022_en.txt", "budget-2021_fr.txt"),
                NameNeighbours.of(alone, documents).stream().map(InputDocument::name).toList());
    }

    @Test
    void noneWhenNoNameIsNear() {
        InputDocument alone = doc("002_54456295ff58628f.txt", "ar");
        assertEquals(List.of(), NameNeighbours.of(alone, List.of(alone, doc("001_d60f469c9e1ad6ee.txt", "fr"))));
    }

    @Test
    void theNameMateComesFirst() {
        InputDocument alone = doc("001.ar.txt", "ar");
        InputDocument mate = doc("001.fr.txt", "fr");
        InputDocument near = doc("0011.fr.txt", "fr");
        Pairing pairing = new Pairing(List.of(), List.of(alone, near, mate), Map.of(alone, mate));
        assertEquals(List.of(mate, near), pairing.likelyMates(alone));
    }
}
