package io.paralign.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/paralign-spark} on the packaged local jar: it runs the job with the class-data sharing archive the build
 * made, on C1 with the serial collector unless {@code PARALIGN_SPARK_JAVA_OPTS} says otherwise, keeps paths with
 * spaces whole, and runs the same, silently, when the archive is missing, older than the jar or refused by the JVM.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "paralign-spark");
    private static final Path TARGET = Path.of("target");
    private static final String ARCHIVE_USED = "source: shared objects file (top)";

    @TempDir
    Path tmp;

    private final List<Path> links = new ArrayList<>();

    /** The links to the jar, removed before JUnit removes the folder (which warns of each link it meets). */
    @AfterEach
    void removeLinks() throws IOException {
        for (Path link : links) {
            Files.delete(link);
        }
    }

    @Test
    void alignsATableInAFolderWithASpaceWithTheArchiveTheBuildMade() throws Exception {
        Path folder = table(tmp.resolve("a table"));
        ChildProcess run = run(LAUNCHER, Map.of("PARALIGN_SPARK_JAVA_OPTS", "-Xlog:class+load"),
                folder.resolve("pairs.csv").toString(), "--out", folder.resolve("out put").toString(), "--jsonl",
                "--master", "local[2]");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(ARCHIVE_USED), "no class loaded from align-spark-local.jsa");
        assertTrue(run.out().contains("\n2 pairs, 1 failed; tables in " + folder.resolve("out put") + " ("),
                "the job's summary line");
        assertRows(folder.resolve("out put"));
    }

    @Test
    void javaOptionsComeAfterTheDefaultsAndOverrideThem() throws Exception {
        // an unknown option is refused before Spark starts: the JVM's flags are all this run shows
        ChildProcess run = run(LAUNCHER, Map.of("PARALIGN_SPARK_JAVA_OPTS", "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4"),
                "--no-such-option");
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("align-spark: unknown argument --no-such-option\n"), run.err());
        assertTrue(run.out().matches("(?s).*TieredStopAtLevel += 4 .*"),
                "PARALIGN_SPARK_JAVA_OPTS did not override C1");
        assertTrue(run.out().matches("(?s).*UseSerialGC += true .*"), "not the serial collector");
    }

    @Test
    void runsWithoutAnArchiveFromAFolderWithASpace() throws Exception {
        Path launcher = layout(tmp.resolve("a checkout"));
        Path folder = table(tmp.resolve("pairs"));
        assertAligns(launcher, folder, "out");
    }

    @Test
    void runsWithAnArchiveOlderThanTheJarOrOneTheJvmRefuses() throws Exception {
        Path launcher = layout(tmp.resolve("checkout"));
        Path archive = launcher.getParent().resolveSibling("target").resolve("align-spark-local.jsa");
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(0)); // older than the jar: a rebuilt jar
        // not passed at all: with -Xshare:on the JVM would stop at an archive it cannot use
        ChildProcess strict = run(launcher, Map.of("PARALIGN_SPARK_JAVA_OPTS", "-Xshare:on"), "--no-such-option");
        assertEquals(2, strict.code(), strict.err());
        Path folder = table(tmp.resolve("pairs"));
        assertAligns(launcher, folder, "out");

        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // newer
        assertAligns(launcher, folder, "out2");
    }

    private void assertAligns(Path launcher, Path folder, String out) throws Exception {
        ChildProcess run = run(launcher, Map.of(), folder.resolve("pairs.csv").toString(), "--out",
                folder.resolve(out).toString(), "--jsonl", "--master", "local[2]");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("2 pairs, 1 failed; tables in "), run.out());
        assertFalse(run.err().contains(" INFO ") || run.err().contains("cds"), "quiet: " + run.err());
        assertRows(folder.resolve(out));
    }

    /** The seed pair and a pair with no letters, by absolute paths, in {@code folder/pairs.csv}. */
    private static Path table(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(Path.of("../seeds/000_8309a08ed0edb24a.txt"), folder.resolve("ar.txt"));
        Files.copy(Path.of("../seeds/001_d60f469c9e1ad6ee.txt"), folder.resolve("fr.txt"));
        Files.writeString(folder.resolve("digits.txt"), "1234 5678\n");
        Files.writeString(folder.resolve("pairs.csv"), "id,source_path,target_path,source_lang,target_lang\n"
                + "seed,\"" + folder.resolve("ar.txt") + "\",\"" + folder.resolve("fr.txt") + "\",ar,fr\n"
                + "digits,\"" + folder.resolve("digits.txt") + "\",\"" + folder.resolve("fr.txt") + "\",fr,fr\n");
        return folder;
    }

    private static void assertRows(Path out) throws IOException {
        List<String> rows;
        try (Stream<Path> parts = Files.list(out.resolve("pairs-jsonl"))) {
            rows = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> lines(p).stream()).toList();
        }
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("{\"id\":\"digits\",\"source_lang\":\"fr\",\"target_lang\":\"fr\","
                + "\"error_code\":\"INVALID_TEXT\""), rows.get(0));
        assertTrue(rows.get(1).startsWith("{\"id\":\"seed\",\"source_lang\":\"ar\",\"target_lang\":\"fr\","
                + "\"source_language\":\"ar\",\"target_language\":\"fr\",\"coverage\":"), rows.get(1));
        assertTrue(rows.get(1).contains("\"beads\":[{"), rows.get(1));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code ROOT/bin/paralign-spark} and a link to the local jar as {@code ROOT/target/align-spark-local.jar}. */
    private Path layout(Path root) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path target = Files.createDirectories(root.resolve("target"));
        links.add(Files.createSymbolicLink(target.resolve("align-spark-local.jar"),
                TARGET.resolve("align-spark-local.jar").toAbsolutePath()));
        return Files.copy(LAUNCHER, bin.resolve("paralign-spark"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private ChildProcess run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return ChildProcess.run(tmp, command, env);
    }
}
