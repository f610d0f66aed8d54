package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit lists in the shapes of articles-ar-fr's {@code NNN.edits.json}, written here. */
class EditsFileTest {
    @TempDir
    Path dir;

    private List<ExpectedFlag> read(String json) throws IOException {
        return EditsFile.read(Files.writeString(dir.resolve("000.edits.json"), json));
    }

    @Test
    void everyKindOfEdit() throws IOException {
        List<ExpectedFlag> flags = read("""
                [
                 {"edit": "heading", "side": "fr", "expect": "HEADING_UNMATCHED", "text": "Nouveaux détails"},
                 {"edit": "drop_sentence", "side": "ar", "expect": "MISSING_IN_AR", "sentences": [13],
                  "present_on": "fr"},
                 {"edit": "number", "side": "fr", "expect": "ANCHOR_MISMATCH", "sentences": [10], "was": "2017",
                  "now": "2019"},
                 {"edit": "boilerplate", "side": "ar", "expect": "BOILERPLATE",
                  "text": ["اقرأ أيضاً: آخر الأخبار على موقعنا", "جميع الحقوق محفوظة © 2024"]},
                 {"edit": "repeat", "side": "ar", "expect": "DUPLICATE_BLOCK", "sentences": [18, 19]},
                 {"edit": "merge", "side": "fr", "expect": null, "sentences": [1, 2]}
                ]
                """);
        assertEquals(List.of(
                new ExpectedFlag("heading", "fr", "HEADING_UNMATCHED", List.of(), List.of("Nouveaux détails")),
                // the sentence dropped from the Arabic is flagged where it is still present, on the French side
                new ExpectedFlag("drop_sentence", "fr", "MISSING_IN_AR", List.of(13), List.of()),
                new ExpectedFlag("number", "fr", "ANCHOR_MISMATCH", List.of(10), List.of()),
                new ExpectedFlag("boilerplate", "ar", "BOILERPLATE", List.of(),
                        List.of("اقرأ أيضاً: آخر الأخبار على موقعنا", "جميع الحقوق محفوظة © 2024")),
                new ExpectedFlag("repeat", "ar", "DUPLICATE_BLOCK", List.of(18, 19), List.of()),
                // a merge expects no flag
                new ExpectedFlag("merge", "fr", null, List.of(1, 2), List.of())), flags);
    }

    @Test
    void anEditWithoutExpectExpectsNoFlag() throws IOException {
        assertEquals(List.of(new ExpectedFlag("merge", "ar", null, List.of(4, 5), List.of())),
                read("[{\"edit\": \"merge\", \"side\": \"ar\", \"sentences\": [4, 5]}]"));
    }

    @Test
    void anEmptyListExpectsNothing() throws IOException {
        assertEquals(List.of(), read("[]"));
    }

    @Test
    void malformedJsonIsRefusedWithTheFileName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("[{\"edit\": \"heading\", "));
        assertTrue(e.getMessage().startsWith(dir.resolve("000.edits.json") + ": not a JSON edit list: "),
                e.getMessage());
    }
}
