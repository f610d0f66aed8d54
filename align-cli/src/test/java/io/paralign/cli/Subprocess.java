package io.paralign.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main} in a child JVM through {@code sh -c}, for what only a real process shows: umask, redirections. */
final class Subprocess {
    /** Exit code, standard output and standard error of a finished run. */
    record Result(int code, String out, String err) {
    }

    private Subprocess() {
    }

    /**
     * Runs {@code sh -c "<shell> exec java -cp … Main ARGS <redirect>"} in {@code dir}, feeding {@code stdin} (may be
     * null). The arguments are passed to the shell as positional parameters, never pasted into the script.
     */
    static Result run(Path dir, String shell, String redirect, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = shell + " cp=\"$1\"; shift; exec \"$0\" -Xmx256m -cp \"$cp\" io.paralign.cli.Main \"$@\" "
                + redirect;
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, java, System.getProperty("java.class.path")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        } catch (IOException e) {
            // the child stopped reading: expected when it refuses an oversized input
        }
        int code = process.waitFor();
        Result result = new Result(code, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
