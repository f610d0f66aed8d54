package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AtomicFiles#writeAll}: several files of one folder written whole, renamed in order, or none changed. */
class AtomicFilesTest {
    /** Over Linux's pid_max (4194304): the process of a run that was killed. */
    private static final String DEAD = "999999999";
    /** A file name the file system takes, but not with the temporary file's additions (255 bytes at most). */
    private static final String LONG = "n".repeat(240);

    @TempDir
    Path dir;

    private static Map<String, byte[]> group(String... namesAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean temporary(String name) {
        return name.endsWith(".paralign-tmp");
    }

    @Test
    void writesEveryFileWithItsBytesAndLeavesNoTemporaryFile() throws IOException {
        Path folder = dir.resolve("pair"); // made on the way
        Map<String, byte[]> files = group("report.html", "<p dir=\"rtl\">نص</p>\n", "pairs.tmx", "<tmx/>\n",
                "report.json", "{}\n");
        AtomicFiles.writeAll(folder, files);
        assertEquals(List.of("pairs.tmx", "report.html", "report.json"), names(folder));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())), file.getKey());
        }
    }

    @Test
    void replacesFilesThatAreThere() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old and longer\n");
        AtomicFiles.writeAll(dir, group("a.txt", "new\n", "b.txt", "b\n"));
        assertEquals("new\n", Files.readString(dir.resolve("a.txt")));
        assertEquals(List.of("a.txt", "b.txt"), names(dir));
    }

    @Test
    void aFailureBeforeTheRenamesChangesNoFileAndNamesTheOneThatFailed() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "old\n");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeAll(dir, group("a.txt", "new\n", LONG, "x\n", "c.txt", "c\n")));
        assertTrue(e.getMessage().startsWith(dir.resolve(LONG) + ": cannot write (File name too long: "),
                e.getMessage());
        assertEquals("old\n", Files.readString(dir.resolve("a.txt")), "written before the failure, not renamed");
        assertEquals(List.of("a.txt"), names(dir), "no temporary file left, nothing new");
    }

    /** A streamed file whose writer fails half-way leaves every file of the group as it was, and no temporary file. */
    @Test
    void aStreamedFileThatFailsHalfWayChangesNoFile() throws IOException {
        Files.writeString(dir.resolve("summary.json"), "old json\n");
        Files.writeString(dir.resolve("summary.csv"), "old csv\n");
        Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put("summary.json", out -> out.write("{\"pairs\": [".repeat(10_000).getBytes(StandardCharsets.UTF_8)));
        for (IOException failure : List.of(new IOException("No space left on device"),
                new IOException("the rows' scratch file cannot be read"))) {
            boolean unchecked = failure.getMessage().startsWith("the rows"); // as an iterator over a file throws it
            files.put("summary.csv", out -> {
                out.write("status,source\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
                if (unchecked) {
                    throw new java.io.UncheckedIOException(failure);
                }
                throw failure;
            });
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeStreamed(dir, files));
            assertTrue(e.getMessage().contains("summary.csv"), e.getMessage());
            assertEquals(failure, e.getCause());
            assertEquals("old json\n", Files.readString(dir.resolve("summary.json")));
            assertEquals("old csv\n", Files.readString(dir.resolve("summary.csv")));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(2, left.count(), "no temporary file left");
            }
        }
    }

    @Test
    void aFolderThatCannotBeMadeFailsTheFirstFile() throws IOException {
        Path file = Files.writeString(dir.resolve("pair"), "a file, not a folder\n");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeAll(file, group("report.html", "h", "report.json", "{}")));
        assertEquals(file.resolve("report.html") + ": cannot write (Not a directory: " + file + ")", e.getMessage());
        assertEquals("a file, not a folder\n", Files.readString(file));
    }

    @Test
    void staleTemporaryFilesOfEveryFileOfTheGroupAreRemoved() throws IOException {
        String live = ProcessHandle.current().pid() + "-w0rk1ng";
        List<String> stale = List.of(".a.txt." + DEAD + "-k1ll3d.paralign-tmp", ".b.txt." + DEAD + "-k1ll3d.paralign-tmp");
        List<String> kept = List.of(".a.txt." + live + ".paralign-tmp", // a running process's
                ".other.txt." + DEAD + "-k1ll3d.paralign-tmp", // not of the group
                ".a.txt.x." + DEAD + "-k1ll3d.paralign-tmp"); // of a.txt.x, a name that starts like a.txt
        for (String name : stale) {
            Files.writeString(dir.resolve(name), "half");
        }
        for (String name : kept) {
            Files.writeString(dir.resolve(name), "half");
        }
        AtomicFiles.writeAll(dir, group("a.txt", "a\n", "b.txt", "b\n"));
        List<String> left = names(dir);
        stale.forEach(name -> assertFalse(left.contains(name), name));
        kept.forEach(name -> assertTrue(left.contains(name), name));
    }

    @Test
    void renamesFollowEveryTemporaryFileInTheGroupsOrder() throws IOException, InterruptedException {
        List<String> order = List.of("report.html", "pairs.tmx", "report.json");
        List<String> appeared;
        try (FolderWatch watch = FolderWatch.of(dir)) {
            AtomicFiles.writeAll(dir, group("report.html", "h", "pairs.tmx", "t", "report.json", "{}"));
            appeared = watch.until(order);
        }
        assertEquals(order, appeared.stream().filter(n -> !temporary(n)).toList(), appeared.toString());
        assertEquals(List.of(true, true, true, false, false, false), appeared.stream().map(n -> temporary(n)).toList(),
                "the three temporary files are made before the first rename: " + appeared);
    }

    @Test
    void onlyPlainFileNames() {
        for (String name : List.of("sub/x.txt", "../x.txt", "..", ".", "")) {
            assertThrows(IllegalArgumentException.class, () -> AtomicFiles.writeAll(dir, group(name, "x")), name);
        }
    }
}
