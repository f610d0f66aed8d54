package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import io.paralign.batch.DocumentPair;
import io.paralign.batch.InputDocument;

class ReportFoldersTest {
    private static DocumentPair pair(String source, String target) {
        return new DocumentPair(new InputDocument(source, Path.of(source), "", "ar"),
                new InputDocument(target, Path.of(target), "", "fr"), 1);
    }

    private static List<String> folders(DocumentPair... pairs) {
        ReportFolders folders = ReportFolders.of(List.of(pairs));
        return IntStream.range(0, pairs.length).mapToObj(folders::of).toList();
    }

    @Test
    void plainNamesAsBefore() {
        assertEquals(List.of("000_8309a08ed0edb24a--001_d60f469c9e1ad6ee"),
                folders(pair("000_8309a08ed0edb24a.txt", "001_d60f469c9e1ad6ee.txt")));
    }

    @Test
    void relativeFoldersAreKept() {
        assertEquals(List.of("s1_000.ar--s1_000.fr", "s2_000.ar--s2_000.fr"),
                folders(pair("s1/000.ar.txt", "s1/000.fr.txt"), pair("s2/000.ar.txt", "s2/000.fr.txt")));
    }

    @Test
    void safeCharactersOnly() {
        assertEquals(List.of("up_etc_passwd--x_y_z"), folders(pair("../etc/passwd", "/x/y\\z.txt")));
        assertEquals(List.of("مقال--article_1"), folders(pair("مقال.txt", "article 1.txt")));
    }

    @Test
    void namesThatCollideGetAStableHash() {
        List<String> folders = folders(pair("a b.txt", "c.txt"), pair("a_b.txt", "c.txt"), pair("A_B.txt", "c.txt"));
        assertEquals(3, folders.stream().distinct().count(), folders.toString());
        for (String folder : folders) {
            assertTrue(folder.matches("(a_b|A_B)--c-[0-9a-f]{8}"), folder);
        }
        assertEquals(folders, folders(pair("a b.txt", "c.txt"), pair("a_b.txt", "c.txt"), pair("A_B.txt", "c.txt")));
    }

    @Test
    void longNamesAreBounded() {
        String source = "x".repeat(200) + ".txt";
        List<String> folders = folders(pair(source, "y.txt"), pair(source, "z.txt"));
        assertNotEquals(folders.get(0), folders.get(1));
        folders.forEach(f -> assertTrue(f.length() <= ReportFolders.MAX_LENGTH, f));
    }

    @Test
    void theSamePathsTwiceStillGetTwoFolders() {
        List<String> folders = folders(pair("a.txt", "b.txt"), pair("a.txt", "b.txt"));
        assertEquals(2, folders.stream().distinct().count(), folders.toString());
    }
}
