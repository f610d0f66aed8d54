package io.paralign.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an output really goes, checked before any work is done. An output file is a regular file or a path that does
 * not exist yet; a symbolic link is followed to the regular file it names (that file is replaced, the link kept). A
 * directory, FIFO, device or socket is refused, and so is a link to nothing: replacing them with a regular file, as a
 * plain rename would, destroys what the user pointed at.
 */
final class OutputPaths {
    /** Links followed before giving up, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private OutputPaths() {
    }

    /** The regular file that writing {@code path} should replace or create. */
    static Path file(Path path) throws FileSystemException {
        Path current = path;
        for (int links = 0; Files.isSymbolicLink(current); links++) {
            if (links == MAX_LINKS) {
                throw refused(path, "too many levels of symbolic links");
            }
            current = followOnce(path, current);
        }
        if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            if (current != path) {
                throw refused(path, "symbolic link to " + current + ", which does not exist");
            }
            return path;
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(path, kind(current) + ", not a regular file"
                    + (current == path ? "" : " (the symbolic link leads to " + current + ")"));
        }
        return current;
    }

    /** Checks that {@code path} is a directory (a link to one will do) or does not exist yet. */
    static void directory(Path path) throws FileSystemException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw refused(path, kind(path) + ", not a directory");
        }
    }

    /** What a path that is not a regular file is, for messages: "a directory", "a FIFO (named pipe)"... */
    static String kind(Path path) {
        if (Files.isDirectory(path)) {
            return "a directory";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000; // S_IFMT
            switch (type) {
                case 0010000: return "a FIFO (named pipe)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no "unix" attribute view on this platform: fall through to the generic answer
        }
        return Files.isRegularFile(path) ? "a regular file" : "a special file";
    }

    private static Path followOnce(Path original, Path link) throws FileSystemException {
        try {
            // a relative link is relative to the folder that holds the link
            return link.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(link));
        } catch (IOException e) {
            throw refused(original, "cannot read the symbolic link " + link);
        }
    }

    private static FileSystemException refused(Path path, String reason) {
        return new FileSystemException(path.toString(), null, reason);
    }
}
