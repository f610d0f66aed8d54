package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.report.Format;
import io.paralign.report.Rendered;
import io.paralign.report.Tmx14Dtd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --min-score} and {@code --tmx-segtype} in {@code align} and {@code batch}, and XLSX written to a file: TMX
 * of the asked units, valid TMX 1.4b; the options refused, in a line, where they would do nothing or are out of range.
 */
class TmxAndXlsxOptionsTest extends InProcessCli {
    private static final String SRC = Seeds.file(Seeds.ARABIC).toString();
    private static final String TGT = Seeds.file(Seeds.FRENCH).toString();

    @TempDir
    Path dir;

    @Test
    void alignWritesParagraphUnitsScoringAtLeastTheMinimum() throws Exception {
        Path all = dir.resolve("all.tmx");
        Path strong = dir.resolve("strong.tmx");
        assertEquals(0, run("align", SRC, TGT, "--format", "tmx", "--out", all.toString(), "--tmx-segtype",
                "paragraph"), err.toString());
        assertEquals(0, run("align", SRC, TGT, "--format", "tmx", "--out", strong.toString(), "--tmx-segtype",
                "PARAGRAPH", "--min-score", "0.5"), err.toString());
        String tmx = Files.readString(strong);
        Tmx14Dtd.valid(tmx);
        assertTrue(tmx.contains("segtype=\"paragraph\""), tmx);
        List<Double> scores = scores(tmx);
        assertFalse(scores.isEmpty(), tmx);
        assertTrue(scores.stream().allMatch(s -> s >= 0.5), scores::toString);
        assertTrue(scores.size() < scores(Files.readString(all)).size(), "some paragraph units are left out");
    }

    @Test
    void batchAppliesTheTmxOptionsToItsTmxAndWritesAWorkbook() throws Exception {
        Path seeds = Seeds.copyTo(dir.resolve("seeds"));
        Path report = dir.resolve("report");
        assertEquals(0, run("batch", seeds.toString(), "--out", report.toString(), "--formats", "tmx,xlsx",
                "--min-score", "0.6", "--tmx-segtype", "paragraph"), err.toString());
        Path pair = report.resolve(BatchCommandTest.PAIR);
        String tmx = Files.readString(pair.resolve("pairs.tmx"));
        Tmx14Dtd.valid(tmx);
        assertTrue(tmx.contains("segtype=\"paragraph\""), tmx);
        assertTrue(scores(tmx).stream().allMatch(s -> s >= 0.6), tmx);
        String cells = Rendered.text(Format.XLSX, Files.readAllBytes(pair.resolve("pairs.xlsx")));
        assertTrue(cells.startsWith("sheet alignment, frozen rows 1\ncolumn A width 60.0: right top wrap\n"), cells);
    }

    @Test
    void aMinimumOutOfRangeIsAUsageError() {
        assertEquals(2, run("align", SRC, TGT, "--format", "tmx", "--min-score", "1.5"));
        assertEquals("align-cli align: --min-score: the minimum score must be between 0 and 1 (a bead's score), "
                + "was 1.5", err.toString().lines().findFirst().orElseThrow());
        assertEquals(2, run("align", SRC, TGT, "--format", "tmx", "--min-score", "high"));
        assertTrue(err.toString().contains("'--min-score'"), err.toString());
    }

    @Test
    void tmxOptionsWithoutTmxAreAUsageError() {
        assertEquals(2, run("align", SRC, TGT, "--format", "json", "--min-score", "0.5"));
        assertEquals("align-cli align: --min-score and --tmx-segtype apply to TMX output only (--format tmx)",
                err.toString().lines().findFirst().orElseThrow());
        Path report = dir.resolve("report");
        assertEquals(2, run("batch", dir.toString(), "--out", report.toString(), "--formats", "html",
                "--tmx-segtype", "paragraph"));
        assertTrue(err.toString().contains("apply to TMX output only (--formats with tmx)"), err.toString());
        assertFalse(Files.exists(report), "nothing written");
        assertEquals(2, run("align", SRC, TGT, "--format", "tmx", "--tmx-segtype", "block"));
        assertTrue(err.toString().contains("'--tmx-segtype'"), err.toString());
    }

    @Test
    void xlsxNeedsAFile() {
        assertEquals(2, run("align", SRC, TGT, "--format", "xlsx"));
        assertEquals("align-cli align: --format xlsx writes a binary file: give --out FILE",
                err.toString().lines().findFirst().orElseThrow());
        assertEquals("", out.toString());
    }

    private static List<Double> scores(String tmx) {
        Matcher m = Pattern.compile("<prop type=\"x-score\">([0-9.]+)</prop>").matcher(tmx);
        List<Double> scores = new ArrayList<>();
        while (m.find()) {
            scores.add(Double.parseDouble(m.group(1)));
        }
        return scores;
    }
}
