package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.paralign.batch.DocumentPair;
import io.paralign.batch.InputDocument;
import io.paralign.batch.PairedBy;

/** A manifest's pairs, kept as strings, come back as they were added, their texts read again and checked. */
class ManifestPairsTest {
    @TempDir
    Path dir;

    private InputDocument document(String name, String text, String language) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new InputDocument(name, file, text, language);
    }

    @Test
    void pairsComeBackAsAddedWithTheirTextsReadAgain() throws IOException {
        ManifestPairs pairs = new ManifestPairs(1_000);
        for (int i = 0; i < 40; i++) { // past the first growth of its arrays
            pairs.add(document("d " + i + ".ar.txt", "نص " + i, "ar"), document("d" + i + ".fr.txt", "Texte " + i,
                    "fr"), ManifestPairs.Print.of("نص " + i), ManifestPairs.Print.of("Texte " + i));
        }
        assertEquals(40, pairs.size());
        DocumentPair pair = pairs.get(37);
        assertEquals("d 37.ar.txt", pair.source().name());
        assertEquals(dir.resolve("d 37.ar.txt"), pair.source().file());
        assertEquals("ar", pair.source().language());
        assertEquals("نص 37", pair.source().text());
        assertEquals("d37.fr.txt", pair.target().name());
        assertEquals("fr", pair.target().language());
        assertEquals("Texte 37", pair.target().text());
        assertEquals(1.0, pair.score());
        assertEquals(PairedBy.MANIFEST, pair.pairedBy());
        assertNotSame(pairs.get(37), pairs.get(37), "made afresh, not kept");
        assertEquals("d 3.ar.txt", pairs.stream().skip(3).findFirst().orElseThrow().source().name());
        assertThrows(IndexOutOfBoundsException.class, () -> pairs.get(40));
    }

    @Test
    void aTextChangedSinceTheCheckOrGrownPastTheLimitFails() throws IOException {
        ManifestPairs pairs = new ManifestPairs(20);
        pairs.add(document("a.ar.txt", "نص", "ar"), document("a.fr.txt", "Texte", "fr"), ManifestPairs.Print.of("نص"),
                ManifestPairs.Print.of("Texte"));
        Files.writeString(dir.resolve("a.fr.txt"), "Autre");
        UncheckedIOException changed = assertThrows(UncheckedIOException.class, () -> pairs.get(0).target().text());
        assertEquals(dir.resolve("a.fr.txt") + ": changed since the batch read it", changed.getCause().getMessage());
        Files.writeString(dir.resolve("a.fr.txt"), "Texte ".repeat(10));
        assertThrows(UncheckedIOException.class, () -> pairs.get(0).target().text(), "past the byte limit");
        assertEquals("نص", pairs.get(0).source().text());
    }
}
