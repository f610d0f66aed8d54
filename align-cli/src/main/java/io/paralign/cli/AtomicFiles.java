package io.paralign.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all: to a temporary file beside it, {@code .<name>.<pid>-<random>.paralign-tmp},
 * forced to disk, then renamed over the target, and the folder forced to disk after the rename. The target is checked
 * by {@link OutputPaths#file}: a symbolic link is followed and kept, anything but a regular file refused.
 *
 * <p>A new file gets the permissions any program's would under the user's umask (the temporary file is created
 * plainly, not with {@code Files.createTempFile}, which forces 0600); a replaced file keeps its own permissions, as
 * editors do. Temporary files left by a killed run (their process is gone) are removed before the next write of the
 * same file. Every failure is an {@link IOException} naming the file.
 */
final class AtomicFiles {
    private static final String SUFFIX = ".paralign-tmp";

    private AtomicFiles() {
    }

    /** The text, in UTF-8. */
    static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] content) throws IOException {
        Path target = OutputPaths.file(file);
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
        try {
            Files.createDirectories(dir);
            removeStale(dir, name);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                keepPermissions(target, temp);
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            rename(temp, target);
            syncDirectory(dir);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp); // after a successful rename there is nothing to delete
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the first failure is the one to report
            }
            throw cannotWrite(file, e);
        }
    }

    /** Temporary files of {@code name} whose process has ended (killed mid-write). */
    private static void removeStale(Path dir, String name) throws IOException {
        Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "(\\d+)-[0-9a-z]+" + Pattern.quote(SUFFIX));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().endsWith(SUFFIX))) {
            for (Path entry : entries) {
                Matcher m = ours.matcher(entry.getFileName().toString());
                if (m.matches() && !alive(m.group(1))) {
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
