package io.paralign.cli;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: to a temporary file beside it, {@code .<name>.<pid>-<random>.paralign-tmp},
 * forced to disk, then renamed over the target, and the folder forced to disk after the rename. The target is checked
 * by {@link OutputPaths#file}: a symbolic link is followed and kept, anything but a regular file refused.
 *
 * <p>Several files of one folder are written as a group ({@link #writeAll}), so that the work per folder is done
 * once: the folder made, its stale temporary files removed, every temporary file written and forced, then the
 * renames in the group's order, then the folder forced once. Each file is as whole as if written alone; a file
 * whose presence marks the others as done (a pair's {@code report.json}) goes last. A failure before the renames
 * leaves every target as it was.
 *
 * <p>A new file gets the permissions any program's would under the user's umask (the temporary file is created
 * plainly, not with {@code Files.createTempFile}, which forces 0600); a replaced file keeps its own permissions, as
 * editors do. Temporary files left by a killed run (their process is gone) are removed before the next write of the
 * same file. Every failure is an {@link IOException} naming the file.
 */
final class AtomicFiles {
    private static final String SUFFIX = ".paralign-tmp";
    private static final int BUFFER = 1 << 16;
    /** A temporary file: the name of its target (group 1), the process that writes it (group 2), a random part. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-z]+" + Pattern.quote(SUFFIX));

    private AtomicFiles() {
    }

    /** What goes into a file, written to a stream (buffered; closed by the caller). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    static void write(Path file, byte[] content) throws IOException {
        writeGroup(Map.of(file, Content.of(content)));
    }

    /**
     * The files of one folder, by plain file name, as a group: renamed in the map's order, so that the last one
     * appears only once the others are in place. On a failure the files renamed already stay (each is whole), the
     * others are left as they were, and the exception names the file that failed. The folder is forced once, after
     * the last rename: which renames a crash before then keeps is the file system's to say (journaling ones such as
     * ext4 keep them in order).
     */
    static void writeAll(Path folder, Map<String, byte[]> files) throws IOException {
        Map<String, Content> streamed = new LinkedHashMap<>();
        files.forEach((name, content) -> streamed.put(name, Content.of(content)));
        writeStreamed(folder, streamed);
    }

    /** As {@link #writeAll}, each file's content written straight to its temporary file, never held whole. */
    static void writeStreamed(Path folder, Map<String, Content> files) throws IOException {
        Map<Path, Content> group = new LinkedHashMap<>();
        files.forEach((name, content) -> group.put(folder.resolve(plainName(name)), content));
        writeGroup(group);
    }

    /**
     * A new scratch file for this process in {@code folder}, named as a temporary file of {@code name} is (so that
     * nothing else reads it as an output), after removing the ones a killed run left there. The caller deletes it.
     */
    static Path scratch(Path folder, String name) throws IOException {
        Path file = folder.resolve(plainName(name));
        Files.createDirectories(folder);
        removeStale(folder, Set.of(file.getFileName().toString()));
        Path scratch = temporary(file);
        Files.createFile(scratch);
        return scratch;
    }

    private static Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
    }

    private static String plainName(String name) {
        Path path = Path.of(name);
        if (name.isEmpty() || name.equals(".") || name.equals("..") || !path.getFileName().toString().equals(name)) {
            throw new IllegalArgumentException("not a plain file name: \"" + name + "\"");
        }
        return name;
    }

    private static void writeGroup(Map<Path, Content> files) throws IOException {
        List<Output> outputs = new ArrayList<>();
        for (Map.Entry<Path, Content> file : files.entrySet()) { // every target checked before anything is written
            outputs.add(Output.of(file.getKey(), file.getValue()));
        }
        if (outputs.isEmpty()) {
            return;
        }
        Set<Path> folders = new LinkedHashSet<>(); // one, unless a symbolic link leads elsewhere
        outputs.forEach(output -> folders.add(output.folder()));
        Path failing = outputs.get(0).file(); // a folder that cannot be made or read fails the first file
        int renamed = 0;
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
                removeStale(folder, names(folder, outputs));
            }
            for (Output output : outputs) {
                failing = output.file();
                output.writeTemporary();
            }
            for (Output output : outputs) {
                failing = output.file();
                rename(output.temp(), output.target());
                renamed++;
            }
            for (Path folder : folders) {
                syncDirectory(folder);
            }
        } catch (IOException e) {
            for (Output output : outputs.subList(renamed, outputs.size())) {
                try {
                    Files.deleteIfExists(output.temp()); // not made yet when the failure came first
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup); // the first failure is the one to report
                }
            }
            throw cannotWrite(failing, e);
        }
    }

    /**
     * One file of a group.
     *
     * @param file   as the caller named it, for messages
     * @param target the regular file it replaces or creates ({@link OutputPaths#file})
     * @param temp   the temporary file beside the target
     */
    private record Output(Path file, Path target, Path temp, Content content) {
        static Output of(Path file, Content content) throws IOException {
            Path target = OutputPaths.file(file).toAbsolutePath();
            return new Output(file, target, temporary(target), content);
        }

        Path folder() {
            return target.getParent();
        }

        void writeTemporary() throws IOException {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                keepPermissions(target, temp);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                try {
                    content.writeTo(out);
                } catch (UncheckedIOException e) { // a content read from disk as it is written (summary rows)
                    throw e.getCause();
                }
                out.flush(); // the channel is closed by the try, after it is forced
                channel.force(true);
            }
        }
    }

    private static Set<String> names(Path folder, List<Output> outputs) {
        Set<String> names = new HashSet<>();
        for (Output output : outputs) {
            if (output.folder().equals(folder)) {
                names.add(output.target().getFileName().toString());
            }
        }
        return names;
    }

    /** Temporary files in {@code folder} of these targets whose process has ended (killed mid-write). */
    private static void removeStale(Path folder, Set<String> names) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().endsWith(SUFFIX))) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
                if (m.matches() && names.contains(m.group(1)) && !alive(m.group(2))) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException e) {
                // no POSIX permissions on this file system: the new file has the default ones
            }
        }
    }

    private static void rename(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable. Opening a folder for reading works on Linux and macOS, not on Windows: skipped there. */
    private static void syncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException e) {
            return;
        }
        try (channel) {
            channel.force(true);
        }
    }

    private static IOException cannotWrite(Path file, IOException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileAlreadyExistsException fs) { // from createDirectories: a file where a folder goes
            why = "Not a directory: " + fs.getFile();
        } else if (e instanceof FileSystemException fs) { // the file it names may be a folder or the temporary file
            why = (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName()) + ": " + fs.getFile();
        } else {
            why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        FileSystemException wrapped = new FileSystemException(file.toString(), null, "cannot write (" + why + ")");
        wrapped.initCause(e);
        return wrapped;
    }
}
