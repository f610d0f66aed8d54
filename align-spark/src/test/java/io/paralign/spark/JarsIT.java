package io.paralign.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two jars the build makes: the local one runs with plain {@code java -jar}, the spark-submit one holds no Spark. */
class JarsIT {
    private static final Path TARGET = Path.of("target");

    @TempDir
    Path dir;

    /** The README's local command, on the seed pair and a pair with no letters. */
    @Test
    void theLocalJarRunsWithJavaDashJar() throws Exception {
        String seedAr = Files.readString(Path.of("../seeds/000_8309a08ed0edb24a.txt"));
        String seedFr = Files.readString(Path.of("../seeds/001_d60f469c9e1ad6ee.txt"));
        Files.writeString(dir.resolve("ar.txt"), seedAr);
        Files.writeString(dir.resolve("fr.txt"), seedFr);
        Files.writeString(dir.resolve("pairs.csv"), "id,source_path,target_path,source_lang,target_lang\n"
                + "seed,ar.txt,fr.txt,ar,fr\n" + "digits,digits.txt,fr.txt,fr,fr\n");
        Files.writeString(dir.resolve("digits.txt"), "1234 5678\n");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("align-spark-local.jar").toAbsolutePath().toString(), "pairs.csv",
                "--out", "out", "--jsonl").directory(dir.toFile())
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished");
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, process.exitValue(), err);
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.startsWith("2 pairs, 1 failed; tables in out ("), out);
        assertFalse(err.contains(" INFO "), "quiet: " + err.lines().limit(5).toList());
        List<String> rows = jsonLines(dir.resolve("out/pairs-jsonl"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("{\"id\":\"digits\",\"source_lang\":\"fr\",\"target_lang\":\"fr\","
                + "\"error_code\":\"INVALID_TEXT\""), rows.get(0));
        assertTrue(rows.get(1).startsWith("{\"id\":\"seed\",\"source_lang\":\"ar\",\"target_lang\":\"fr\","
                + "\"source_language\":\"ar\""), rows.get(1));
        assertTrue(Files.isDirectory(dir.resolve("out/summary")));
    }

    @Test
    void theSparkSubmitJarHoldsTheJobAndAlignCoreButNoSpark() throws IOException {
        try (JarFile jar = new JarFile(TARGET.resolve("align-spark.jar").toFile())) {
            assertEquals("io.paralign.spark.AlignJob", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertTrue(names.contains("io/paralign/spark/AlignJob.class"));
            assertTrue(names.contains("io/paralign/batch/BatchAligner.class"));
            assertTrue(names.stream().anyMatch(n -> n.startsWith("com/ibm/icu/")));
            for (String absent : List.of("org/apache/spark/", "org/apache/hadoop/", "scala/", "io/netty/")) {
                assertTrue(names.stream().noneMatch(n -> n.startsWith(absent)), absent);
            }
        }
    }

    private static List<String> jsonLines(Path folder) throws IOException {
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }
}
