package io.paralign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/paralign} on the packaged jar: it runs on C1 only and uses the class-data sharing archive the build made
 * (batch excepted), and runs the same, silently, when that archive is missing, older than the jar (a rebuilt jar) or
 * refused by the JVM.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin", "paralign");
    private static final Path TARGET = Path.of("target");
    private static final String ARCHIVE_USED = "source: shared objects file (top)";

    @TempDir
    Path tmp;

    @Test
    void usesTheArchiveTheBuildMade() throws Exception {
        ChildProcess run = run(LAUNCHER, Map.of("PARALIGN_JAVA_OPTS", "-Xlog:class+load"), "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(ARCHIVE_USED), "no class loaded from align-cli.jsa");
    }

    @Test
    void batchRunsOnC1WithTheSerialCollectorAndASmallHeapWithoutTheArchive() throws Exception { // measured: align-cli README
        ChildProcess run = run(LAUNCHER, Map.of("PARALIGN_JAVA_OPTS", "-Xlog:class+load -XX:+PrintFlagsFinal"),
                "batch", "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(!run.out().contains(ARCHIVE_USED), "batch loaded classes from align-cli.jsa");
        assertTrue(run.out().matches("(?s).*TieredStopAtLevel += 1 .*"), "batch runs with C2");
        assertTrue(run.out().matches("(?s).*UseSerialGC += true .*"), "batch runs without the serial collector");
        assertTrue(run.out().matches("(?s).*InitialHeapSize += 33554432 .*"), "batch starts with another heap");
        assertTrue(run.out().matches("(?s).*MinHeapFreeRatio += 20 .*"), "batch keeps more of its heap free");
        assertTrue(run.out().matches("(?s).*MaxHeapFreeRatio += 40 .*"), "batch keeps more of its heap free");
    }

    /** A maximum heap below the launcher's 32 MB start is the caller's to give: the JVM would refuse both. */
    @Test
    void batchLeavesTheHeapToACallerWhoSetsIt() throws Exception {
        ChildProcess run = run(LAUNCHER, Map.of("PARALIGN_JAVA_OPTS", "-Xmx24m -XX:+PrintFlagsFinal"),
                "batch", "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*MaxHeapSize += 25165824 .*"), "the caller's maximum heap is not used");
        assertTrue(run.out().matches("(?s).*UseSerialGC += true .*"), "batch runs without the serial collector");
    }

    @Test
    void alignsAsTheJarDoes() throws Exception {
        String[] args = {"align", Seeds.file(Seeds.ARABIC).toString(), Seeds.file(Seeds.FRENCH).toString()};
        ChildProcess launched = run(LAUNCHER, Map.of(), args);
        List<String> plain = new ArrayList<>(List.of(java(), "-jar", TARGET.resolve("align-cli.jar").toString()));
        plain.addAll(List.of(args));
        ChildProcess direct = run(plain, Map.of());
        assertEquals(0, launched.code(), launched.err());
        assertEquals("", launched.err());
        assertEquals(direct.out(), launched.out());
    }

    @Test
    void runsWithoutAnArchive() throws Exception {
        Path launcher = copyLayout(false);
        assertQuietVersion(run(launcher, Map.of(), "--version"));
    }

    @Test
    void skipsAnArchiveOlderThanTheJar() throws Exception {
        Path launcher = copyLayout(true);
        Path jar = launcher.getParent().resolveSibling("target").resolve("align-cli.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // rebuilt
        assertQuietVersion(run(launcher, Map.of(), "--version"));
    }

    @Test
    void runsSilentlyWhenTheJvmRefusesTheArchive() throws Exception {
        Path launcher = copyLayout(true); // an archive of another file: the JVM refuses it (the jar's time differs)
        Path target = launcher.getParent().resolveSibling("target");
        Files.setLastModifiedTime(target.resolve("align-cli.jar"), FileTime.fromMillis(0));
        ChildProcess run = run(launcher, Map.of("PARALIGN_JAVA_OPTS", "-Xlog:class+load"), "--version");
        assertQuietVersion(run);
        assertTrue(!run.out().contains(ARCHIVE_USED), "a class was loaded from an archive made for another jar");

        Files.writeString(target.resolve("align-cli.jsa"), "not an archive"); // newer than the jar, not an archive
        assertQuietVersion(run(launcher, Map.of(), "--version"));
    }

    private static void assertQuietVersion(ChildProcess run) {
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("align-cli "), run.out());
    }

    /** {@code bin/paralign} and {@code target/align-cli.jar} copied into the temporary folder, the archive if asked. */
    private Path copyLayout(boolean archive) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path target = Files.createDirectories(tmp.resolve("target"));
        Path launcher = Files.copy(LAUNCHER, bin.resolve("paralign"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("align-cli.jar"), target.resolve("align-cli.jar"));
        if (archive) {
            Files.copy(TARGET.resolve("align-cli.jsa"), target.resolve("align-cli.jsa"));
        }
        return launcher;
    }

    private ChildProcess run(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, env);
    }

    private ChildProcess run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return ChildProcess.run(tmp, command, env);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
