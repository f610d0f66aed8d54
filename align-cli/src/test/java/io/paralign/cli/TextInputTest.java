package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End-to-end: input encodings (byte order marks, UTF-16 without one), binary input, bounded reading, standard input. */
class TextInputTest extends InProcessCli {

    @TempDir
    Path dir;

    private Path tgt;

    @BeforeEach
    void french() throws IOException {
        tgt = Files.writeString(dir.resolve("fr.txt"), ShortArticle.FRENCH);
    }

    /** The TSV (texts included) of the Arabic side against the French, languages guessed from the decoded text. */
    private String tsv(String source, String... more) {
        String[] args = concat(new String[] {"align", source, tgt.toString(), "--format", "tsv"}, more);
        assertEquals(0, run(args), err.toString());
        return out.toString();
    }

    private void refused(String expected, String... args) {
        assertEquals(1, run(args), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("align-cli: error: " + expected, err.toString().strip());
    }

    private static byte[] bytes(String bom, String text, Charset charset) {
        byte[] mark = new byte[bom.length() / 2];
        for (int i = 0; i < mark.length; i++) {
            mark[i] = (byte) Integer.parseInt(bom.substring(2 * i, 2 * i + 2), 16);
        }
        byte[] body = text.getBytes(charset);
        byte[] all = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "UTF-8, EFBBBF",
        "UTF-16LE, FFFE",
        "UTF-16BE, FEFF",
        "UTF-32LE, FFFE0000",
        "UTF-32BE, 0000FEFF",
        "UTF-16LE, ''",
        "UTF-16BE, ''",
    })
    void arabicIsReadInEveryUnicodeEncoding(String charset, String bom) throws IOException {
        String expected = tsv(Files.writeString(dir.resolve("utf8.txt"), ShortArticle.ARABIC).toString());
        assertTrue(expected.contains("المشروع"), expected);
        Path encoded = Files.write(dir.resolve("ar.txt"), bytes(bom, ShortArticle.ARABIC, Charset.forName(charset)));
        assertEquals(expected, tsv(encoded.toString()));
    }

    @Test
    void seedArticleInUtf16WithoutMark() throws IOException {
        String article = Files.readString(Seeds.file(Seeds.ARABIC));
        Path encoded = Files.write(dir.resolve("ar.txt"), article.getBytes(StandardCharsets.UTF_16LE));
        String french = Seeds.file(Seeds.FRENCH).toString();
        assertEquals(0, run("align", Seeds.file(Seeds.ARABIC).toString(), french, "--format", "tsv"), err.toString());
        String expected = out.toString();
        assertEquals(0, run("align", encoded.toString(), french, "--format", "tsv"), err.toString());
        assertEquals(expected, out.toString());
    }

    /**
     * A UTF-8 text with one stray NUL byte is refused as binary, not read as UTF-16 (it would turn into Chinese-looking
     * characters); Chinese in UTF-16 without a mark, whose only zero bytes are its line breaks', is still read.
     */
    @Test
    void aStrayNulByteIsNotUtf16ButChineseInUtf16IsRead() throws IOException {
        byte[] french = Files.readAllBytes(Seeds.file(Seeds.FRENCH));
        byte[] stray = Arrays.copyOf(french, french.length - french.length % 2);
        stray[101] = 0;
        Path nul = Files.write(dir.resolve("stray.txt"), stray);
        refused(nul + ": binary file, not text", "align", nul.toString(), tgt.toString());

        String chinese = ("委员会今天批准了新的电车线路计划，工程将于明年春天启动。".repeat(2) + "\n").repeat(40);
        Path zh = Files.write(dir.resolve("zh.txt"), chinese.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(0, run("align", zh.toString(), tgt.toString(), "--format", "tsv"), err.toString());
        assertTrue(out.toString().contains("委员会今天批准了新的电车线路计划"), out.toString());
    }

    /** Without its mark UTF-32 is not guessed: its zero bytes fall at odd and even positions alike, and are NULs. */
    @Test
    void utf32WithoutItsMarkIsRefused() throws IOException {
        Path encoded = Files.write(dir.resolve("ar32.txt"),
                bytes("", ShortArticle.ARABIC, Charset.forName("UTF-32LE")));
        refused(encoded + ": binary file, not text", "align", encoded.toString(), tgt.toString());
    }

    @Test
    void controlCharactersAreBinaryAfterDecoding() throws IOException {
        Path controls = Files.write(dir.resolve("controls.txt"),
                bytes("FFFE", "\u0001\u0002\u0003\u0004 abc".repeat(50), StandardCharsets.UTF_16LE));
        refused(controls + ": binary file, not text", "align", controls.toString(), tgt.toString());
        Path nul = Files.write(dir.resolve("nul.txt"), bytes("FEFF", "abc\u0000def ghi", StandardCharsets.UTF_16BE));
        refused(nul + ": binary file, not text", "align", nul.toString(), tgt.toString());
    }

    @Test
    void wrongContentAfterAMarkIsRefused() throws IOException {
        Path odd = Files.write(dir.resolve("odd.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
        refused(odd + ": not valid UTF-16LE despite its byte order mark", "align", odd.toString(), tgt.toString());
    }

    @Test
    void endlessDeviceIsBoundedByTheLimit() {
        refused("/dev/zero: more than 1,000 bytes, over the limit of 1,000 (--max-bytes)",
                "align", "/dev/zero", tgt.toString(), "--max-bytes", "1000");
        refused("/dev/zero: more than 5,242,880 bytes, over the limit of 5,242,880 (--max-bytes)",
                "align", "/dev/zero", tgt.toString());
    }

    @Test
    void dashReadsStandardInput() throws IOException {
        String expected = tsv(Files.writeString(dir.resolve("ar.txt"), ShortArticle.ARABIC).toString());
        assertEquals(expected, withStdin(ShortArticle.ARABIC.getBytes(StandardCharsets.UTF_8), () -> tsv("-")));
    }

    @Test
    void onlyOneSideCanBeStandardInput() {
        assertEquals(2, run("align", "-", "-"));
        assertTrue(err.toString().contains("Only one of SRC and TGT can be - (standard input)"), err.toString());
    }

    @Test
    void oversizedStandardInputIsRefused() {
        byte[] seven = "x".repeat(7_000_000).getBytes(StandardCharsets.UTF_8);
        withStdin(seven, () -> {
            refused("standard input: more than 5,242,880 bytes, over the limit of 5,242,880 (--max-bytes)",
                    "align", "-", tgt.toString());
            return null;
        });
    }

    @Test
    void oversizedPipeThroughDevStdinIsRefused() throws Exception {
        byte[] seven = "x".repeat(7_000_000).getBytes(StandardCharsets.UTF_8);
        Subprocess.Result run = Subprocess.run(dir, "", "", seven, "align", "/dev/stdin", tgt.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("align-cli: error: /dev/stdin: more than 5,242,880 bytes, over the limit of 5,242,880 "
                + "(--max-bytes)", run.err().strip());
    }

    private static <T> T withStdin(byte[] bytes, Supplier<T> body) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(bytes));
        try {
            return body.get();
        } finally {
            System.setIn(saved);
        }
    }
}
