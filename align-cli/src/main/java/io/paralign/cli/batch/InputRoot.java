package io.paralign.cli.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a batch may read from: the manifest's folder, the folder given to pair, or a wider one given with
 * {@code --root}. A file is inside when its path, {@code ..} removed, is under the folder and so is its real path,
 * symbolic links followed: a link that leads out is refused as an absolute path or {@code ../} would be. Nothing
 * outside is opened, nor even tested for existence.
 */
public final class InputRoot {
    private final Path given;
    private final Path real;
    private final String description;

    private InputRoot(Path given, Path real, String description) {
        this.given = given;
        this.real = real;
        this.description = description;
    }

    /**
     * @param dir         an existing folder
     * @param description how the user chose it, for messages ({@code the manifest's folder}, {@code --root})
     */
    public static InputRoot of(Path dir, String description) throws IOException {
        Path real = dir.toRealPath(); // NoSuchFileException when missing
        if (!Files.isDirectory(real)) {
            throw new FileSystemException(dir.toString(), null, "not a directory");
        }
        return new InputRoot(dir.toAbsolutePath().normalize(), real, description);
    }

    /**
     * The real path of {@code file}, once it is known to be inside.
     *
     * @throws OutsideRootException when it is not
     * @throws java.nio.file.NoSuchFileException when it is inside but does not exist
     */
    public Path confine(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(given) && !absolute.startsWith(real)) {
            throw new OutsideRootException("is outside " + this);
        }
        Path target = file.toRealPath();
        if (!target.startsWith(real)) {
            throw new OutsideRootException("leads to " + target + " (a symbolic link), outside " + this);
        }
        return target;
    }

    @Override
    public String toString() {
        return given + " (" + description + ")";
    }

    /** A path that leads out of the folder a batch may read; the message says where it leads. */
    public static final class OutsideRootException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OutsideRootException(String message) {
            super(message + "; --root DIR widens what may be read");
        }
    }
}
