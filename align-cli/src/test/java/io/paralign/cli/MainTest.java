package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private static final String GOLD = "[0]:[0]\n[1,2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3]\n";
    private static final String TEST = "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[]\n[4]:[3]\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @BeforeEach
    void files() throws IOException {
        file("a.gold", GOLD);
        file("a.test", TEST);
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void perfectScore() {
        assertEquals(0, run("score", path("a.gold"), path("a.gold")), err.toString());
        String table = out.toString();
        assertTrue(table.contains("strict        1.0000    1.0000    1.0000"), table);
        assertTrue(table.contains("lax           1.0000    1.0000    1.0000"), table);
        assertTrue(table.contains("unmatched     1.0000    1.0000    1.0000"), table);
        assertTrue(table.contains("documents 1, beads: gold 5, test 5; unmatched sentences: gold 2, test 2"), table);
        assertEquals("", err.toString());
    }

    @Test
    void evalIsAHiddenNameOfScore() {
        assertEquals(0, run("eval", path("a.gold"), path("a.test")), err.toString());
        assertTrue(out.toString().contains("strict        0.6000    0.6667    0.6316"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().lines().map(String::strip).noneMatch(line -> line.startsWith("eval ")),
                out.toString());
    }

    @Test
    void scoreAndEvaluateSayHowTheyDiffer() {
        assertEquals(0, run("score", "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("it aligns nothing (evaluate aligns a gold data set"),
                out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("evaluate", "--help"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("score, by contrast, scores alignment files made"),
                out.toString());
    }

    @Test
    void knownImperfectScore() {
        // hand-computed in AlignmentScorerTest.handComputedExample
        assertEquals(0, run("score", path("a.gold"), path("a.test")), err.toString());
        String table = out.toString();
        assertTrue(table.contains("strict        0.6000    0.6667    0.6316"), table);
        assertTrue(table.contains("lax           0.8000    1.0000    0.8889"), table);
        assertTrue(table.contains("unmatched     1.0000    0.5000    0.6667"), table);
    }

    @Test
    void json() {
        assertEquals(0, run("score", "--json", path("a.gold"), path("a.test")), err.toString());
        String json = out.toString().replaceAll("\\s", "");
        assertTrue(json.contains("\"lax\":{\"precision\":0.8,\"recall\":1.0,\"f1\":0.888888888888889"), json);
        assertTrue(json.contains("\"documents\":1"), json);
        assertTrue(json.contains("\"goldBeads\":5"), json);
    }

    @Test
    void pairsArePooled() {
        assertEquals(0, run("score", path("a.gold"), path("a.gold"), path("a.gold"), path("a.test")));
        assertTrue(out.toString().contains("documents 2, beads: gold 10, test 10"), out.toString());
    }

    @Test
    void directoriesPairFilesByName() throws IOException {
        file("gold/x.gold", GOLD);
        file("gold/y.gold", GOLD);
        file("gold/notes.txt", "not a bead file");
        file("test/x.gold", TEST);
        file("test/y.gold", GOLD);
        assertEquals(0, run("score", "--gold-dir", path("gold"), "--test-dir", path("test")), err.toString());
        assertTrue(out.toString().contains("documents 2"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("score", "--gold-dir", path("gold"), "--test-dir", path("test"), "--glob", "x.*"));
        assertTrue(out.toString().contains("strict        0.6000    0.6667    0.6316"), out.toString());
    }

    @Test
    void missingTestFileInDirectoryIsBadInput() throws IOException {
        file("gold/x.gold", GOLD);
        Files.createDirectories(dir.resolve("test"));
        assertEquals(1, run("score", "--gold-dir", path("gold"), "--test-dir", path("test")));
        assertEquals("align-cli: error: " + path("test/x.gold") + ": no such file", err.toString().strip());
    }

    @Test
    void missingFileIsBadInputWithoutStackTrace() {
        assertEquals(1, run("score", path("a.gold"), path("nope.test")));
        assertEquals("align-cli: error: " + path("nope.test") + ": no such file" + System.lineSeparator(),
                err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void malformedBeadIsBadInput() throws IOException {
        file("bad.test", "[0]:[0]\n\n[0,1:[2]\n");
        assertEquals(1, run("score", path("a.gold"), path("bad.test")));
        assertEquals("align-cli: error: " + path("bad.test") + ": line 3: malformed bead '[0,1:[2]'",
                err.toString().strip());
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void invalidUtf8IsBadInput() throws IOException {
        Files.write(dir.resolve("latin1.test"), new byte[] {'[', '0', ']', ':', '[', '0', ']', (byte) 0xE9, '\n'});
        assertEquals(1, run("score", path("a.gold"), path("latin1.test")));
        assertEquals("align-cli: error: " + path("latin1.test") + ": not valid UTF-8", err.toString().strip());
    }

    @Test
    void oddNumberOfFilesIsUsageError() {
        assertEquals(2, run("score", path("a.gold"), path("a.test"), path("a.gold")));
        assertTrue(err.toString().contains("3 files given: expected GOLD TEST pairs"), err.toString());
    }

    @Test
    void noFilesIsUsageError() {
        assertEquals(2, run("score"));
        assertEquals(2, run("score", "--gold-dir", path("."), path("a.gold"), path("a.test")));
        assertEquals(2, run("score", "--gold-dir", path("."), "--test-dir", path("."), path("a.gold"), path("a.test")));
    }

    @Test
    void noSubcommandIsUsageError() {
        assertEquals(2, run());
        assertEquals(2, run("frobnicate"));
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("score"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("score", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("paired with gold files by identical file name"), help);
        assertTrue(help.contains("2 usage error"), help);
        out.getBuffer().setLength(0);
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("align-cli "), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("score", "--version"));
        assertTrue(out.toString().startsWith("align-cli "), out.toString());
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : List.of("align", "batch", "pair", "score", "evaluate")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"), command);
            assertTrue(out.toString().startsWith("Usage: align-cli " + command + " "), out.toString());
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--version"), command);
            assertTrue(out.toString().startsWith("align-cli "), out.toString());
        }
    }

    /** A usage error says what was wrong in a line, guesses a mistyped name, and points at the help; no usage dump. */
    @Test
    void aUsageErrorIsOneLineAndWhereTheHelpIs() {
        assertEquals(2, run("batch", "--out", "o", "--formats", "pdf"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("align-cli batch: Invalid value for option '--formats'"), lines.get(0));
        assertEquals("see 'align-cli batch --help'", lines.get(1));

        err.getBuffer().setLength(0);
        assertEquals(2, run("align", "--src-lnag", "ar", "a.txt", "b.txt"));
        String text = err.toString();
        assertTrue(text.startsWith("align-cli align: Unknown option") && text.contains("'--src-lnag'"), text);
        assertTrue(text.contains("--src-lang"), "a guess at the option meant: " + text);
        assertTrue(text.strip().endsWith("see 'align-cli align --help'"), text);
        assertTrue(!text.contains("Usage:"), text);

        err.getBuffer().setLength(0);
        assertEquals(2, run("alig"));
        assertTrue(err.toString().startsWith("align-cli: Unmatched argument at index 0: 'alig'"), err.toString());
        assertTrue(err.toString().contains("align"), err.toString());
    }

    /** picocli's completion script for bash and zsh, naming every command and their options. */
    @Test
    void generateCompletionPrintsAScriptForBashAndZsh() {
        assertEquals(0, run("generate-completion"));
        String script = out.toString();
        assertTrue(script.contains("complete -F _complete_align-cli"), "bash: " + script.substring(0, 200));
        assertTrue(script.contains("compinit"), "zsh's bashcompinit setup");
        for (String word : List.of("align", "batch", "pair", "evaluate", "--formats", "--src-lang")) {
            assertTrue(script.contains(word), word);
        }
    }
}
