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

/** The edit lists of articles-ar-fr-dev, in the shapes their {@code NNN.edits.json} files take. */
class EditsFileTest {

    @Test
    void readsEachKindOfEdit(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("001.edits.json"), """
                [
                  {"edit": "drop_sentence", "side": "fr", "present_on": "ar", "expect": "MISSING_IN_FR",
                   "sentences": [4, 5]},
                  {"edit": "heading", "side": "fr", "expect": "HEADING_UNMATCHED", "text": "Réactions"},
                  {"edit": "boilerplate", "side": "ar", "expect": "BOILERPLATE", "text": ["سطر أول", "سطر ثان"]},
                  {"edit": "merge", "side": "fr", "present_on": null, "expect": null}
                ]
                """);
        assertEquals(List.of(
                new ExpectedFlag("drop_sentence", "ar", "MISSING_IN_FR", List.of(4, 5), List.of()),
                new ExpectedFlag("heading", "fr", "HEADING_UNMATCHED", List.of(), List.of("Réactions")),
                new ExpectedFlag("boilerplate", "ar", "BOILERPLATE", List.of(), List.of("سطر أول", "سطر ثان")),
                new ExpectedFlag("merge", "fr", null, List.of(), List.of())), EditsFile.read(file));
    }

    @Test
    void anEmptyListHasNoEdits(@TempDir Path dir) throws IOException {
        assertEquals(List.of(), EditsFile.read(Files.writeString(dir.resolve("002.edits.json"), "[]")));
    }

    @Test
    void aFileThatIsNotJsonIsNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("003.edits.json"), "[{\"edit\": ");
        var e = assertThrows(IllegalArgumentException.class, () -> EditsFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not a JSON edit list: "), e.getMessage());
    }
}
