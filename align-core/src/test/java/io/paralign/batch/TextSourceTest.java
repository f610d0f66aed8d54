package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextSourceTest {
    @TempDir
    Path dir;

    @Test
    void keptTextIsTheText() {
        assertEquals("Bonjour.", TextSource.kept("Bonjour.").text());
        assertEquals("Bonjour.", new InputDocument("a.txt", Path.of("a.txt"), "Bonjour.", "fr").text());
    }

    @Test
    void aFileIsReadAgainAtEachUse() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Bonjour.");
        int[] reads = {0};
        TextSource source = TextSource.reread(file, () -> {
            reads[0]++;
            return Files.readString(file);
        }, "Bonjour.");
        assertEquals("Bonjour.", source.text());
        assertEquals("Bonjour.", source.text());
        assertEquals(2, reads[0]);
    }

    @Test
    void aChangedFileFailsWithItsName() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Bonjour.");
        TextSource source = TextSource.reread(file, () -> Files.readString(file), "Bonjour.");
        Files.writeString(file, "Bonsoir.");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::text);
        assertEquals(file + ": changed since the batch read it", e.getCause().getMessage());
        Files.writeString(file, "Bonjour, le monde.");
        assertThrows(UncheckedIOException.class, source::text);
    }

    @Test
    void aDeletedFileFailsWithTheReadersError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Bonjour.");
        TextSource source = TextSource.reread(file, () -> Files.readString(file), "Bonjour.");
        Files.delete(file);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, source::text);
        assertTrue(e.getCause() instanceof NoSuchFileException, e.getCause().toString());
    }
}
