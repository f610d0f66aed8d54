package io.paralign.cli.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a batch folder that match a glob. A glob without a slash matches file names in the folder itself
 * ({@code *.txt}); a glob with a slash matches paths relative to the folder, in subfolders at any depth
 * (<code>*&#47;*.txt</code> for language folders {@code ar/001.txt} and {@code fr/001.txt}, <code>**&#47;*.txt</code>
 * for any depth), and a document's name is then that relative path, which pairing reads (align-core's
 * {@code io.paralign.batch.NameStems}).
 */
public final class FolderFiles {
    static final int LOOK_DEPTH = 3;
    private FolderFiles() {
    }

    /** The regular files of {@code dir} that match {@code glob}, sorted by name. */
    public static List<Path> list(Path dir, String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        boolean recursive = glob.contains("/");
        try (Stream<Path> listing = recursive ? Files.walk(dir) : Files.list(dir)) {
            return listing.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(recursive ? dir.relativize(p) : p.getFileName()))
                    .sorted().toList();
        }
    }

    /**
     * A warning when a glob without a slash leaves out files of subfolders whose names it matches (language folders
     * read by mistake as one flat folder), or null. Looks {@value #LOOK_DEPTH} folders down at most: DIR may be large.
     */
    public static String skippedSubfolders(Path dir, String glob) throws IOException {
        if (glob.contains("/")) {
            return null;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> listing = Files.walk(dir, LOOK_DEPTH)) {
            // the walk starts at dir itself, whose parent is null for a relative name such as "seeds"
            long skipped = listing.filter(p -> Files.isRegularFile(p) && !dir.equals(p.getParent())
                    && matcher.matches(p.getFileName())).count();
            return skipped == 0 ? null : dir + ": " + skipped + " file(s) matching " + glob + " in subfolders are "
                    + "left out; to read them give a glob with a slash: */" + glob + " (or {*,**/*}.txt at any depth)";
        }
    }

    /** A file's name in reports: its path relative to {@code dir}, with {@code /} between folders. */
    public static String name(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
