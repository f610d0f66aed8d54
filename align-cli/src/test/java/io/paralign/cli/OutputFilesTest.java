package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: where {@code --out} writes, what it refuses, and that no write error goes unreported. The real
 * {@link Main}, in-process, or in a child JVM where a umask or a shell redirection is the point.
 */
class OutputFilesTest {

    @TempDir
    Path dir;

    private Path src;
    private Path tgt;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void pair() throws IOException {
        src = Files.writeString(dir.resolve("ar.txt"), ShortArticle.ARABIC);
        tgt = Files.writeString(dir.resolve("fr.txt"), ShortArticle.FRENCH);
    }

    private int align(Path target) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), "align", src.toString(), tgt.toString(),
                "--src-lang", "ar", "--tgt-lang", "fr", "--format", "gold", "--out", target.toString());
    }

    private void refused(Path target, String expected) {
        assertEquals(1, align(target), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("align-cli: error: " + target + ": "), err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
        assertEquals("", out.toString());
    }

    private List<String> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".paralign-tmp")).toList();
        }
    }

    @Test
    void fifoIsRefusedAndKept() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        refused(fifo, "a FIFO (named pipe), not a regular file");
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a FIFO");
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void deviceIsRefused() {
        refused(Path.of("/dev/null"), "a character device, not a regular file");
    }

    @Test
    void directoryIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.gold"));
        refused(folder, "a directory, not a regular file");
    }

    @Test
    void symbolicLinkIsKeptAndItsFileWritten() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.gold"), "old\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.gold"), Path.of("elsewhere", "real.gold"));

        assertEquals(0, align(link), err.toString());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(Path.of("elsewhere", "real.gold"), Files.readSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("["), Files.readString(real));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)),
                "a replaced file keeps its permissions");
        assertEquals(List.of(), temporaryFiles(dir));
        assertEquals(List.of(), temporaryFiles(elsewhere));
    }

    @Test
    void linkToNothingOrToADeviceIsRefused() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.gold"), dir.resolve("missing.gold"));
        refused(dangling, "symbolic link to " + dir.resolve("missing.gold") + ", which does not exist");
        assertFalse(Files.exists(dir.resolve("missing.gold")));

        err.getBuffer().setLength(0);
        Path toDevice = Files.createSymbolicLink(dir.resolve("null.gold"), Path.of("/dev/null"));
        refused(toDevice, "a character device, not a regular file (the symbolic link leads to /dev/null)");
    }

    @Test
    void batchRefusesAFileAsItsOutputFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "not a folder\n");
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "batch", Seeds.DIR.toString(),
                "--out", file.toString());
        assertEquals(1, code, err.toString());
        assertEquals("align-cli: error: " + file + ": a regular file, not a directory", err.toString().strip());
        assertEquals("not a folder\n", Files.readString(file));
    }

    @Test
    void writeErrorNamesTheFileAndLeavesNothing() throws IOException {
        Path target = src.resolve("out.gold"); // ar.txt is a file, not a folder
        refused(target, "cannot write (Not a directory: " + src.toAbsolutePath() + ")");
        assertEquals(List.of(), temporaryFiles(dir));
        err.getBuffer().setLength(0);
        Path deeper = src.resolve("sub").resolve("out.gold");
        refused(deeper, "cannot write (Not a directory: ");
    }

    @Test
    void staleTemporaryFilesOfThisOutputAreRemoved() throws IOException {
        Path target = dir.resolve("out.gold");
        // pid 999999999 is over Linux's pid_max (4194304): a run that was killed
        Path stale = Files.writeString(dir.resolve(".out.gold.999999999-k1ll3d.paralign-tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.gold." + ProcessHandle.current().pid()
                + "-w0rk1ng.paralign-tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".other.gold.999999999-k1ll3d.paralign-tmp"), "half");

        assertEquals(0, align(target), err.toString());
        assertFalse(Files.exists(stale), "stale temporary file of out.gold removed");
        assertTrue(Files.exists(live), "a running process's temporary file is left alone");
        assertTrue(Files.exists(other), "another output's temporary file is left alone");
        assertTrue(Files.readString(target).startsWith("["));
    }

    @Test
    void newFileFollowsTheUmaskNotAlways0600() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference")); // what any program gets here
        Path target = dir.resolve("out.gold");
        assertEquals(0, align(target), err.toString());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void newFileUnderUmask022And077() throws Exception {
        for (String[] umask : List.of(new String[] {"022", "rw-r--r--"}, new String[] {"077", "rw-------"})) {
            Path target = dir.resolve("out-" + umask[0] + ".gold");
            Subprocess.Result run = Subprocess.run(dir, "umask " + umask[0] + ";", "", null, "align",
                    src.toString(), tgt.toString(), "--src-lang", "ar", "--tgt-lang", "fr", "--format", "gold",
                    "--out", target.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(umask[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
    }

    @Test
    void fullDiskOnStandardOutputIsAnError() throws Exception {
        Subprocess.Result run = Subprocess.run(dir, "", "> /dev/full", null, "align", src.toString(), tgt.toString(),
                "--src-lang", "ar", "--tgt-lang", "fr", "--format", "gold");
        assertEquals(1, run.code(), run.err());
        assertEquals("align-cli: error: standard output: cannot write (disk full or closed)", run.err().strip());
    }

    @Test
    void failingStandardOutputIsAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int code = Main.execute(new PrintWriter(full), new PrintWriter(err), "align", src.toString(), tgt.toString(),
                "--src-lang", "ar", "--tgt-lang", "fr", "--format", "gold");
        assertEquals(1, code, err.toString());
        assertEquals("align-cli: error: standard output: cannot write (disk full or closed)", err.toString().strip());
    }
}
