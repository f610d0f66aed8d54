package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeadFormatTest {

    private static BeadIds bead(List<Integer> source, List<Integer> target) {
        return new BeadIds(source, target);
    }

    @Test
    void parsesEveryShape() {
        assertEquals(List.of(bead(List.of(0, 1), List.of(2))), BeadFormat.parse("[0,1]:[2]"));
        assertEquals(List.of(bead(List.of(0, 1), List.of(2))), BeadFormat.parse("[0, 1]:[2]"));
        assertEquals(List.of(bead(List.of(), List.of(3))), BeadFormat.parse("[]:[3]"));
        assertEquals(List.of(bead(List.of(4), List.of())), BeadFormat.parse("[4]:[]"));
        assertEquals(List.of(bead(List.of(4), List.of(5))), BeadFormat.parse("  [ 4 ] : [ 5 ]  "));
    }

    @Test
    void ignoresBlankLinesAndVecalignCosts() {
        assertEquals(List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of(1, 2))),
                BeadFormat.parse("\n[0]:[0]:0.135\r\n\n  \n[1]:[1,2]:-1e-3\n"));
    }

    @Test
    void emptyInputHasNoBeads() {
        assertEquals(List.of(), BeadFormat.parse(""));
        assertEquals("", BeadFormat.write(List.of()));
    }

    @Test
    void writesWithoutSpaces() {
        assertEquals("[0,1]:[2]\n[]:[3]\n[4]:[]\n",
                BeadFormat.write(BeadFormat.parse("[0, 1]:[2]\n[ ]:[3]\n[4]:[]")));
    }

    @Test
    void malformedLineIsNamedWithItsNumber() {
        var e = assertThrows(BeadFormatException.class,
                () -> BeadFormat.parse("[0]:[0]\n\n[0,1:[2]\n"));
        assertEquals("line 3: malformed bead '[0,1:[2]'", e.getMessage());
        assertEquals(3, e.lineNumber());
        assertEquals("[0,1:[2]", e.line());
    }

    @Test
    void rejectsOtherMalformedLines() {
        for (String line : List.of("[0]", "[0]:[1]:[2]", "[a]:[1]", "[-1]:[0]", "[0,]:[1]", "(0):(1)",
                "[0]:[1] x", "[0][1]")) {
            var e = assertThrows(BeadFormatException.class, () -> BeadFormat.parse(line), line);
            assertEquals("line 1: malformed bead '" + line + "'", e.getMessage());
        }
        assertEquals("line 1: malformed bead '[]:[]' (empty on both sides)",
                assertThrows(BeadFormatException.class, () -> BeadFormat.parse("[]:[]")).getMessage());
        assertEquals("line 1: malformed bead '[99999999999]:[0]' (id too large)",
                assertThrows(BeadFormatException.class, () -> BeadFormat.parse("[99999999999]:[0]"))
                        .getMessage());
    }

    @Test
    void longLinesAreCutInTheMessage() {
        String sentence = "x".repeat(100);
        var e = assertThrows(BeadFormatException.class, () -> BeadFormat.parse(sentence));
        assertEquals("line 1: malformed bead '" + "x".repeat(60) + "...'", e.getMessage());
        assertEquals(sentence, e.line());
        // a line of 60 characters is shown whole
        String sixty = "x".repeat(60);
        assertEquals("line 1: malformed bead '" + sixty + "'",
                assertThrows(BeadFormatException.class, () -> BeadFormat.parse(sixty)).getMessage());
    }

    @Test
    void readNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.gold");
        Files.writeString(file, "\uFEFF[0]:[0]\n[1]:[1\n", StandardCharsets.UTF_8);
        var e = assertThrows(BeadFormatException.class, () -> BeadFormat.read(file));
        assertEquals(file + ": line 2: malformed bead '[1]:[1'", e.getMessage());

        Files.writeString(file, "\uFEFF[0]:[0]\n", StandardCharsets.UTF_8);
        assertEquals(List.of(bead(List.of(0), List.of(0))), BeadFormat.read(file));
    }

    @Test
    void beadIdsAreImmutableCopies() {
        var source = new java.util.ArrayList<>(List.of(1));
        BeadIds b = bead(source, List.of());
        source.add(2);
        assertEquals(List.of(1), b.source());
        assertThrows(UnsupportedOperationException.class, () -> b.source().add(3));
        assertTrue(b.hasEmptySide());
        assertThrows(IllegalArgumentException.class, () -> bead(List.of(), List.of()));
    }
}
