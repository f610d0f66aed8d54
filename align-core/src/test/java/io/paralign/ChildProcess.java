package io.paralign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run to its end in a child process, as a user's shell would run a launcher: the JVM that runs the tests as
 * {@code JAVA_HOME} (the one that built the class-data sharing archives), none of the caller's {@code PARALIGN_}
 * variables, and the ones a test gives; its two output streams kept in files of the test's folder.
 *
 * @param code the exit code
 * @param out  what it wrote on standard output
 * @param err  what it wrote on standard error
 */
public record ChildProcess(int code, String out, String err) {
    /** Runs {@code command} with {@code env} added; fails the test if it takes over three minutes. */
    public static ChildProcess run(Path folder, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "run", ".out");
        Path err = Files.createTempFile(folder, "run", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().keySet().removeIf(name -> name.startsWith("PARALIGN_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "finished within three minutes: " + command);
        return new ChildProcess(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
