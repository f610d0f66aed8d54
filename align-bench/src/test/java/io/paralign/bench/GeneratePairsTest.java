package io.paralign.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratePairsTest {
    @TempDir
    Path dir;

    @Test
    void writesThePairsAndTheirManifest() throws IOException {
        GeneratePairs.main(dir.resolve("a").toString(), "3", "5");
        assertEquals(List.of("source,target,source_lang,target_lang", "0001_ar.txt,0001_fr.txt,ar,fr",
                "0002_ar.txt,0002_fr.txt,ar,fr", "0003_ar.txt,0003_fr.txt,ar,fr"),
                Files.readAllLines(dir.resolve("a/pairs.csv")));
        for (int i = 1; i <= 3; i++) {
            String arabic = Files.readString(dir.resolve(String.format("a/%04d_ar.txt", i)));
            long sentences = Files.readString(dir.resolve(String.format("a/%04d_fr.txt", i))).chars()
                    .filter(c -> c == '.').count();
            assertTrue(arabic.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), "Arabic text");
            assertTrue(sentences >= 20 && sentences <= 59, "20 to 59 French sentences: " + sentences);
        }
    }

    @Test
    void theSameSeedWritesTheSameFiles() throws IOException {
        GeneratePairs.main(dir.resolve("a").toString(), "2", "9");
        GeneratePairs.main(dir.resolve("b").toString(), "2", "9");
        GeneratePairs.main(dir.resolve("c").toString(), "2", "10");
        String first = Files.readString(dir.resolve("a/0002_fr.txt"));
        assertEquals(first, Files.readString(dir.resolve("b/0002_fr.txt")));
        assertTrue(!first.equals(Files.readString(dir.resolve("c/0002_fr.txt"))), "another seed, other texts");
    }
}
