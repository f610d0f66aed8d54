package io.paralign.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LadderFormatTest {
    private static List<BeadIds> beads(String beadFormat) {
        return BeadFormat.parse(beadFormat);
    }

    private static String ladder(String beadFormat) {
        List<BeadIds> beads = beads(beadFormat);
        return LadderFormat.write(beads, Collections.nCopies(beads.size(), 0.5));
    }

    @Test
    void oneToOne() {
        assertEquals("0\t0\t0.500\n1\t1\t0.500\n2\t2\t0.000\n", ladder("[0]:[0]\n[1]:[1]"));
    }

    @Test
    void twoToOne() {
        assertEquals("0\t0\t0.500\n2\t1\t0.000\n", ladder("[0,1]:[0]"));
    }

    @Test
    void oneToTwo() {
        assertEquals("0\t0\t0.500\n1\t2\t0.000\n", ladder("[0]:[0,1]"));
    }

    @Test
    void oneToZeroAndZeroToOne() {
        assertEquals("0\t0\t0.500\n1\t0\t0.500\n1\t1\t0.000\n", ladder("[0]:[]\n[]:[0]"));
        assertEquals("0\t0\t0.500\n1\t1\t0.500\n1\t2\t0.500\n2\t3\t0.000\n", ladder("[0]:[0]\n[]:[1]\n[1]:[2]"));
    }

    @Test
    void scoresSitOnTheRungWhereTheirBeadStarts() {
        assertEquals("0\t0\t0.913\n1\t1\t0.042\n3\t2\t0.000\n",
                LadderFormat.write(beads("[0]:[0]\n[1,2]:[1]"), List.of(0.9126, 0.0415)));
    }

    @Test
    void emptyAlignmentIsTheClosingRungOnly() {
        assertEquals("0\t0\t0.000\n", LadderFormat.write(List.of(), List.of()));
        assertEquals(List.of(), LadderFormat.parse(""));
        assertEquals(List.of(), LadderFormat.parse("0\t0\t0.000\n"));
    }

    @Test
    void beadsOutOfOrderOrWithGapsAreRefused() {
        BeadOrderException e = assertThrows(BeadOrderException.class,
                () -> LadderFormat.write(beads("[0]:[0]\n[2]:[1]"), List.of(0.5, 0.5)));
        assertEquals("bead 1 [2]:[1] does not start at rung 1 1, where the beads before it end; a ladder needs"
                + " beads in order covering every sentence", e.getMessage());
        assertThrows(BeadOrderException.class, () -> LadderFormat.write(beads("[1]:[0]\n[0]:[1]"), List.of(0.5, 0.5)));
        assertThrows(IllegalArgumentException.class, () -> LadderFormat.write(beads("[0]:[0]"), List.of()));
    }

    @Test
    void readsHunalignOutput() {
        // hunalign 1.2's ladder for a 2-1 bead, then 1-1, a 0-1 at the end; the closing rung carries a score too
        String out = "0\t0\t2.8\n1\t1\t1.2\n2\t3\t2.55\n3\t4\t-0.3\n3\t5\t0.3\n";
        assertEquals(beads("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[]:[4]"), LadderFormat.parse(out));
    }

    @Test
    void readsHandLaddersWithSpacesAndNoScore() {
        assertEquals(beads("[0]:[0]\n[1,2]:[1]"), LadderFormat.parse("\uFEFF0 0\n\n1 1\n 3  2 \n"));
    }

    @Test
    void repeatedRungIsDropped() {
        assertEquals(beads("[0]:[0]"), LadderFormat.parse("0\t0\t0\n0\t0\t0\n1\t1\t0\n1\t1\t0\n"));
    }

    @Test
    void malformedLaddersNameTheLine() {
        assertEquals("line 2: malformed bead '1 x' (a ladder rung is two sentence counts and a score)",
                assertThrows(BeadFormatException.class, () -> LadderFormat.parse("0 0\n1 x\n")).getMessage());
        assertTrue(assertThrows(BeadFormatException.class, () -> LadderFormat.parse("1\t1\t0.5\n")).getMessage()
                .endsWith("(a ladder starts at rung 0 0)"));
        assertTrue(assertThrows(BeadFormatException.class, () -> LadderFormat.parse("0 0\n3 2\n2 4\n")).getMessage()
                .endsWith("(rung goes back from 3 2)"));
        assertTrue(assertThrows(BeadFormatException.class, () -> LadderFormat.parse("0 0\n9999999999 1\n"))
                .getMessage().endsWith("(over 1000000 sentences)"));
        assertTrue(assertThrows(BeadFormatException.class, () -> LadderFormat.parse("0 0\n1000001 1\n"))
                .getMessage().endsWith("(over 1000000 sentences)"));
    }

    @Test
    void roundTrip() {
        List<BeadIds> beads = beads("[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3,4]\n[5,6]:[5,6]\n[7]:[7]");
        assertEquals(beads, LadderFormat.parse(LadderFormat.write(beads, Collections.nCopies(beads.size(), 0.7))));
        assertEquals(beads, BeadFiles.parse(LadderFormat.write(beads, Collections.nCopies(beads.size(), 0.7))));
    }

    @Test
    void beadFilesTellTheFormatsApart(@TempDir Path dir) throws IOException {
        Path ladder = Files.writeString(dir.resolve("a.ladder"), "\n0\t0\t0.5\n1\t2\t0\n");
        Path gold = Files.writeString(dir.resolve("a.gold"), "\n[0]:[0,1]\n");
        assertEquals(List.of(new BeadIds(List.of(0), List.of(0, 1))), BeadFiles.read(ladder));
        assertEquals(BeadFiles.read(gold), BeadFiles.read(ladder));
        assertEquals(BeadFiles.read(ladder), LadderFormat.read(ladder));
        assertEquals(List.of(), BeadFiles.parse(" \n"));
        Path bad = Files.writeString(dir.resolve("b.ladder"), "0 0\n1\n");
        assertTrue(assertThrows(BeadFormatException.class, () -> BeadFiles.read(bad)).getMessage()
                .startsWith(bad + ": line 2: "));
    }
}
