package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.paralign.report.Tmx14Dtd;
import io.paralign.eval.BeadFormat;
import io.paralign.eval.BeadIds;
import io.paralign.eval.LadderFormat;

/** End-to-end: the real {@link Main} on the seed pair and on temporary files. */
class AlignCommandTest {
    private static final String SRC = Seeds.file(Seeds.ARABIC).toString();
    private static final String TGT = Seeds.file(Seeds.FRENCH).toString();
    private static final String FRENCH = "Le président a annoncé mardi que le projet serait lancé en 2021. "
            + "Il a déclaré que les travaux dureraient trois ans et coûteraient 65 millions d'euros.\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private String output(String format) throws IOException {
        Path file = dir.resolve("out." + format);
        assertEquals(0, run("align", SRC, TGT, "--format", format, "--out", file.toString()), err.toString());
        assertEquals("", out.toString(), "nothing on stdout with --out");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".paralign-tmp")), "no temporary file left");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void jsonOnStdoutByDefaultWithGuessedLanguages() {
        assertEquals(0, run("align", SRC, TGT), err.toString());
        String json = out.toString().replaceAll("\\s", "");
        assertTrue(json.contains("\"language\":\"ar\""), json.substring(0, 200));
        assertTrue(json.contains("\"language\":\"fr\""));
        assertTrue(json.contains("\"beads\":[") && json.contains("\"flags\":[") && json.contains("\"coverage\":{"));
    }

    @Test
    void goldIsTheBeadFormat() throws IOException {
        List<BeadIds> beads = BeadFormat.parse(output("gold"));
        assertTrue(beads.size() > 20, beads.toString());
    }

    @Test
    void ladderHasARungWhereEachBeadStartsThenTheClosingRung() throws IOException {
        String ladder = output("ladder");
        List<BeadIds> beads = BeadFormat.parse(output("gold"));
        assertEquals(beads, LadderFormat.parse(ladder));
        List<String> rungs = ladder.lines().toList();
        assertEquals(beads.size() + 1, rungs.size());
        assertTrue(rungs.get(0).matches("0\t0\t[01]\\.\\d{3}"), rungs.get(0));
        int n = beads.stream().mapToInt(b -> b.source().size()).sum();
        int m = beads.stream().mapToInt(b -> b.target().size()).sum();
        assertEquals(n + "\t" + m + "\t0.000", rungs.get(rungs.size() - 1));
        Path gold = Files.writeString(dir.resolve("seed.gold"), output("gold"));
        Path test = Files.writeString(dir.resolve("seed.ladder"), ladder);
        out.getBuffer().setLength(0);
        assertEquals(0, run("score", gold.toString(), test.toString()), err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("strict\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")),
                out.toString());
    }

    @Test
    void hunalignParagraphMarksAlignAsBlankLines() throws IOException {
        String ar = "عنوان المقال\n\nقال الرئيس يوم الثلاثاء إن المشروع سيبدأ في 2021.\nوسيكلف 65 مليون يورو.\n";
        String fr = "Titre de l'article\n\nLe président a annoncé mardi que le projet serait lancé en 2021.\n"
                + "Il coûtera 65 millions d'euros.\n";
        Path arBlank = Files.writeString(dir.resolve("a.ar"), ar);
        Path frBlank = Files.writeString(dir.resolve("a.fr"), fr);
        Path arMarked = Files.writeString(dir.resolve("p.ar"), ar.replace("\n\n", "\n<p>\n"));
        Path frMarked = Files.writeString(dir.resolve("p.fr"), "<p>\n" + fr.replace("\n\n", "\n <p> \n") + "<p>\n");
        assertEquals(0, run("align", arBlank.toString(), frBlank.toString(), "--src-lang", "ar", "--tgt-lang", "fr",
                "--pre-segmented", "--format", "ladder"), err.toString());
        String blank = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("align", arMarked.toString(), frMarked.toString(), "--src-lang", "ar", "--tgt-lang", "fr",
                "--pre-segmented", "--format", "ladder"), err.toString());
        assertEquals(blank, out.toString());
        assertTrue(blank.endsWith("3\t3\t0.000\n"), blank);
    }

    @Test
    void tsvHasOneLinePerBead() throws IOException {
        List<String> lines = output("tsv").lines().toList();
        int beads = BeadFormat.parse(output("gold")).size();
        assertEquals("type\tscore\tconfidence\tsource\ttarget", lines.get(0));
        assertEquals(beads + 1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(5, line.split("\t", -1).length, line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1-1\t")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("0-1\t") && l.split("\t", -1)[3].isEmpty()));
    }

    @Test
    void htmlIsSideBySideRightToLeftForArabic() throws IOException {
        String html = output("html");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td lang=\"ar\" dir=\"rtl\""), "Arabic cells are right to left");
        assertTrue(html.contains("<td lang=\"fr\" dir=\"ltr\""));
        assertTrue(html.indexOf("class=\"coverage\"") < html.indexOf("class=\"beads\""), "coverage at the top");
        assertTrue(html.contains("class=\"t-missing-in-source\"") && html.contains("class=\"t-anchor-mismatch\""));
        assertTrue(html.contains(">Boilerplate</a>") && html.contains(">Heading unmatched</a>"));
        assertTrue(html.contains("<th>Arabic</th><td class=\"title\">000_8309a08ed0edb24a.txt</td>"), "titled by file name");
        assertFalse(html.contains("<script"));
    }

    /** Line {@code n} (1-based) of a seed file, or its sentence {@code k} (0-based) split after a full stop. */
    private static String seed(String file, int n, int... k) throws IOException {
        String line = Files.readAllLines(Seeds.file(file), StandardCharsets.UTF_8).get(n - 1);
        return k.length == 0 ? line : line.split("(?<=\\.) ")[k[0]];
    }

    /**
     * The TMX parsed by a validating XML parser against the TMX 1.4b DTD, and its units against the seed texts: one
     * unit per aligned bead, in order, read off the two articles by hand (each file holds a paragraph a line; the
     * titles, headings, the French-only paragraph and closing sentence and the boilerplate make no unit).
     */
    @Test
    void tmxLoadsBackWithTheSeedSentences() throws Exception {
        org.w3c.dom.Document tmx = Tmx14Dtd.valid(output("tmx"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("ar", xpath.evaluate("/tmx/header/@srclang", tmx));
        NodeList units = (NodeList) xpath.evaluate("/tmx/body/tu", tmx, XPathConstants.NODESET);
        List<List<String>> segments = new ArrayList<>();
        for (int i = 0; i < units.getLength(); i++) {
            NodeList tuvs = (NodeList) xpath.evaluate("tuv", units.item(i), XPathConstants.NODESET);
            assertEquals(2, tuvs.getLength());
            assertEquals("ar", ((Element) tuvs.item(0)).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals("fr", ((Element) tuvs.item(1)).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            segments.add(List.of(xpath.evaluate("seg", tuvs.item(0)), xpath.evaluate("seg", tuvs.item(1))));
        }
        String ar = Seeds.ARABIC;
        String fr = Seeds.FRENCH;
        List<List<String>> expected = List.of(
                List.of(seed(ar, 1), seed(fr, 2)), List.of(seed(ar, 2), seed(fr, 3)), List.of(seed(ar, 3), seed(fr, 4)),
                List.of(seed(ar, 4), seed(fr, 5, 1)),
                List.of(seed(ar, 6), seed(fr, 6, 0)), List.of(seed(ar, 7), seed(fr, 6, 1)),
                List.of(seed(ar, 8), seed(fr, 7)), List.of(seed(ar, 9), seed(fr, 8)), List.of(seed(ar, 10), seed(fr, 9)),
                List.of(seed(ar, 12, 0), seed(fr, 10, 0)), List.of(seed(ar, 12, 1), seed(fr, 10, 1)),
                List.of(seed(ar, 13), seed(fr, 12)), List.of(seed(ar, 14), seed(fr, 14)),
                List.of(seed(ar, 15), seed(fr, 15)), List.of(seed(ar, 16), seed(fr, 16)),
                List.of(seed(ar, 18), seed(fr, 17)),
                List.of(seed(ar, 19), seed(fr, 18, 1)),
                List.of(seed(ar, 20), seed(fr, 19)), List.of(seed(ar, 21), seed(fr, 20, 0)));
        assertEquals(expected.size(), segments.size(), segments::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).get(0), segments.get(i).get(0), "Arabic of unit " + i);
            if (i == 3 || i == 16) {
                // Arabic lines 4 and 19 each translate a whole French line of two sentences (1-2 beads), which
                // the aligner today gets as the first sentence left out and a 1-1 with the second (SeedPairTest's
                // known wrong regions): the unit's French ends with the second sentence either way
                assertTrue(segments.get(i).get(1).endsWith(expected.get(i).get(1)), segments.get(i).get(1));
            } else {
                assertEquals(expected.get(i).get(1), segments.get(i).get(1), "French of unit " + i);
            }
        }
    }

    @Test
    void givenLanguagesAreUsed() {
        assertEquals(0, run("align", SRC, TGT, "--src-lang", "ar", "--tgt-lang", "fr", "--format", "gold"),
                err.toString());
        assertTrue(out.toString().startsWith("["), out.toString());
    }

    @Test
    void latin1IsDecodedWhenConfident() throws IOException {
        Path latin1 = dir.resolve("fr-latin1.txt");
        Files.write(latin1, (FRENCH + FRENCH.replace("mardi", "jeudi")).getBytes(StandardCharsets.ISO_8859_1));
        Path arabic = dir.resolve("ar.txt");
        Files.writeString(arabic, "أعلن الرئيس يوم الثلاثاء أن المشروع سينطلق في 2021. وقال إن الأشغال ستستمر ثلاث "
                + "سنوات وستكلف 65 مليون يورو.\n");
        assertEquals(0, run("align", arabic.toString(), latin1.toString(), "--format", "tsv"), err.toString());
        assertTrue(out.toString().contains("annoncé"), out.toString());
    }

    // bad input: one line on stderr, exit 1, nothing written

    private void refused(String expected, String... args) {
        Path target = dir.resolve("never.json");
        String[] full = Stream.concat(Stream.of(args), Stream.of("--out", target.toString())).toArray(String[]::new);
        assertEquals(1, run(full), out + " " + err);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("align-cli: error: "), err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertFalse(Files.exists(target), "nothing written");
        assertEquals("", out.toString());
    }

    @Test
    void missingFile() {
        refused("nope.txt: no such file", "align", SRC, dir.resolve("nope.txt").toString());
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        refused("empty.txt: empty file", "align", SRC, empty.toString());
        Files.writeString(empty, "  \n\n ");
        err.getBuffer().setLength(0);
        refused("empty file", "align", SRC, empty.toString());
    }

    @Test
    void binaryFile() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        refused("image.txt: binary file", "align", SRC, binary.toString());
    }

    @Test
    void undecidableEncoding() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', 'b', 'c', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'x', (byte) 0xFF, 'y'});
        refused("bad.txt: not valid UTF-8", "align", SRC, bad.toString());
    }

    @Test
    void fileOverTheSizeLimit() {
        refused("over the limit of 1,000 (--max-bytes)", "align", SRC, TGT, "--max-bytes", "1000");
    }

    /** The default limit is 5 MB: a file one byte over it is refused from its size (a sparse file, nothing read). */
    @Test
    void theDefaultSizeLimitIsFiveMegabytes() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(5_242_881);
        }
        refused(big + ": 5,242,881 bytes, over the limit of 5,242,880 (--max-bytes)", "align", big.toString(), TGT);
    }

    @Test
    void aSizeLimitUnderOneIsRefused() {
        refused("align-cli: error: --max-bytes must be at least 1, not 0", "align", SRC, TGT, "--max-bytes", "0");
        err.getBuffer().setLength(0);
        refused("align-cli: error: --max-bytes must be at least 1, not -5", "align", SRC, TGT, "--max-bytes", "-5");
    }

    @Test
    void sameLanguageOnBothSides() {
        refused("both sides are in the same language 'ar'", "align", SRC,
                Seeds.file("002_54456295ff58628f.txt").toString());
    }

    @Test
    void swappedLanguagesAreRefusedInOneLine() {
        refused(SRC + ": source declared as 'fr' reads as 'ar'", "align", SRC, TGT, "--src-lang", "fr", "--tgt-lang",
                "ar");
        assertTrue(err.toString().contains("; give the right tag with --src-lang, or auto"), err.toString());
    }

    @Test
    void aTargetLabelTheTextContradicts() {
        refused(TGT + ": target declared as 'en' reads as 'fr'", "align", SRC, TGT, "--src-lang", "ar",
                "--tgt-lang", "en");
    }

    @Test
    void autoSaysWhatWasDetectedAndGivenLanguagesDoNot() {
        assertEquals(0, run("align", SRC, TGT, "--src-lang", "auto"), err.toString());
        String json = out.toString().replaceAll("\\s", "");
        assertTrue(json.contains("\"language\":\"ar\",\"languageDetected\":{\"language\":\"ar\",\"confidence\":0.99}"),
                json.substring(0, 300));
        assertTrue(json.contains("\"language\":\"fr\",\"languageDetected\":{\"language\":\"fr\""));
        out.getBuffer().setLength(0);
        assertEquals(0, run("align", SRC, TGT, "--src-lang", "ar", "--tgt-lang", "fr"), err.toString());
        assertFalse(out.toString().contains("languageDetected"));
    }

    @Test
    void languageThatCannotBeTold() throws IOException {
        Path latin = dir.resolve("lorem.txt");
        Files.writeString(latin, "Lorem ipsum dolor sit amet, consectetur adipiscing elit, eiusmod tempor incididunt.");
        refused("cannot tell the language", "align", SRC, latin.toString());
        assertTrue(err.toString().contains("--tgt-lang"), err.toString());
    }

    @Test
    void unknownFormatIsUsageError() {
        assertEquals(2, run("align", SRC, TGT, "--format", "pdf"));
    }

    /** The flag types of a JSON result, in order (bead types such as 1-1 are not upper-case codes). */
    private static List<String> flagTypes(String json) {
        List<String> types = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"type\"\\s*:\\s*\"([A-Z_]+)\"").matcher(json);
        while (matcher.find()) {
            types.add(matcher.group(1));
        }
        return types;
    }

    @Test
    void flagsReportsOnlyTheTypesNamed() {
        assertEquals(0, run("align", SRC, TGT), err.toString());
        List<String> all = flagTypes(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("align", SRC, TGT, "--flags", "BOILERPLATE,HEADING_UNMATCHED"), err.toString());
        List<String> chosen = flagTypes(out.toString());
        // the seed pair has both, and other flags besides
        assertTrue(chosen.contains("BOILERPLATE") && chosen.contains("HEADING_UNMATCHED"), chosen.toString());
        assertTrue(all.size() > chosen.size(), all.toString());
        assertEquals(all.stream().filter(t -> t.equals("BOILERPLATE") || t.equals("HEADING_UNMATCHED")).toList(),
                chosen);
    }

    @Test
    void anUnknownFlagTypeIsAUsageErrorNamingTheKnownOnes() {
        assertEquals(2, run("align", SRC, TGT, "--flags", "BOILERPLATE,OMISSION"));
        assertTrue(err.toString().contains("--flags: unknown flag type 'OMISSION'; known: MISSING_IN_TARGET, "
                + "MISSING_IN_SOURCE, ANCHOR_MISMATCH"), err.toString());
        assertEquals("", out.toString());
    }
}
