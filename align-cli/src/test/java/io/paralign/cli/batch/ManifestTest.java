package io.paralign.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ManifestTest {
    @Test
    void sourceAndTargetColumns() {
        assertEquals(List.of(new Manifest.Entry(2, "a.txt", "b.txt", null, null)),
                Manifest.parse("source,target\na.txt,b.txt\n", "m.csv").entries());
    }

    @Test
    void languagesAndQuotesAndColumnOrder() {
        assertEquals(List.of(new Manifest.Entry(2, "x, y.txt", "z \"q\".txt", "ar", "fr")),
                Manifest.parse("target,source_lang,source,target_lang\n\"z \"\"q\"\".txt\",ar,\"x, y.txt\",fr\n", "m")
                        .entries());
    }

    @Test
    void autoIsALanguage() {
        assertEquals(List.of(new Manifest.Entry(2, "a.txt", "b.txt", "auto", "fr")),
                Manifest.parse("source,target,source_lang,target_lang\na.txt,b.txt,auto,fr\n", "m").entries());
    }

    @Test
    void lineNumbersCountBlankLinesAndLineBreaksInQuotes() {
        Manifest manifest = Manifest.parse("source,target\n\n\"a\nb.txt\",c.txt\nd.txt,e.txt\n", "m");
        assertEquals(List.of(3, 5), manifest.entries().stream().map(Manifest.Entry::line).toList());
    }

    @Test
    void badRowsAreAllListedWithTheirLine() {
        Manifest manifest = Manifest.parse("source,target,source_lang,target_lang\n"
                + "a.txt,b.txt,ar,fr\n"
                + ",b.txt,ar,fr\n"
                + "a.txt, ,ar,fr\n"
                + "a.txt,b.txt,xx,fr-x-c1\n"
                + "a.txt,b.txt\n", "m.csv");
        assertEquals(1, manifest.entries().size());
        List<String> problems = manifest.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertEquals("line 3: empty source field", problems.get(0));
        assertEquals("line 4: empty target field", problems.get(1));
        assertTrue(problems.get(2).startsWith("line 5: source_lang 'xx' is not a supported language tag"), problems.get(2));
        assertTrue(problems.get(2).contains("; target_lang 'fr-x-c1' is not"), problems.get(2));
        assertEquals("line 6: 2 fields, the header has 4", problems.get(3));
    }

    @Test
    void refusals() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("", "m.csv"))
                .getMessage().contains("empty manifest"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,tgt\na,b", "m.csv"))
                .getMessage().contains("unknown column 'tgt'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,target\n", "m.csv"))
                .getMessage().contains("no pair"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Manifest.parse("source,target\n\"a,b", "m"))
                .getMessage().startsWith("m: line 2: Missing closing quote"));
    }
}
