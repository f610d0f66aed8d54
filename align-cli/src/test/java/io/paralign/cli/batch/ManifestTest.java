package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ManifestTest {
    @Test
    void sourceAndTargetColumns() {
        assertEquals(List.of(new Manifest.Entry("a.txt", "b.txt", null, null)),
                Manifest.parse("source,target\na.txt,b.txt\n", "m.csv"));
    }

    @Test
    void languagesAndQuotesAndColumnOrder() {
        assertEquals(List.of(new Manifest.Entry("x, y.txt", "z \"q\".txt", "ar", "fr")),
                Manifest.parse("target,source_lang,source,target_lang\n\"z \"\"q\"\".txt\",ar,\"x, y.txt\",fr\n", "m"));
    }

    @Test
    void refusals() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("", "m.csv"))
                .getMessage().contains("empty manifest"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,tgt\na,b", "m.csv"))
                .getMessage().contains("unknown column 'tgt'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,target\na", "m.csv"))
                .getMessage().contains("line 2: 1 fields"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,target\n", "m.csv"))
                .getMessage().contains("no pair"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,target\n\"a,b", "m"))
                .getMessage().contains("unclosed quote"));
    }
}
