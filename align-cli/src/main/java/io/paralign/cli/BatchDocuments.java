package io.paralign.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import io.paralign.batch.DocumentPair;
import io.paralign.batch.InputDocument;
import io.paralign.batch.TextSource;
import io.paralign.cli.batch.BadInputsException;
import io.paralign.cli.batch.FolderFiles;
import io.paralign.cli.batch.InputRoot;
import io.paralign.cli.batch.Manifest;
import io.paralign.language.LanguageCheck;
import io.paralign.model.Side;

/**
 * Reads the documents of a batch, all before anything is written: the text files of a folder, or the pairs of a
 * manifest. Every file must lie inside an {@link InputRoot} (symbolic links followed), goes through
 * {@link TextFiles} and gets a language.
 */
final class BatchDocuments {
    /**
     * Rows of a manifest whose files are read and checked together, on every core: their texts are not kept past
     * their row's check, so at most one text a core is held at once.
     */
    private static final int CHECK_WINDOW = 64;

    private BatchDocuments() {
    }

    /** As {@link #folder(Path, String, long, Path)}, confined to {@code dir} itself. */
    static List<InputDocument> folder(Path dir, String glob, long maxBytes) throws IOException {
        return folder(dir, glob, maxBytes, null);
    }

    /**
     * The files of {@code dir} whose names match {@code glob} (relative paths when it has a {@code /}), in name
     * order, each with its guessed language. Matching files that are symbolic links leading out of {@code root} are
     * all named in one refusal.
     *
     * @param root the folder files may lie in, or null for {@code dir}
     */
    static List<InputDocument> folder(Path dir, String glob, long maxBytes, Path root) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileSystemException(dir.toString(), null,
                    Files.exists(dir) ? "not a directory" : "no such directory");
        }
        InputRoot inside = root == null ? InputRoot.of(dir, "the folder given") : InputRoot.of(root, "--root");
        List<Path> files = FolderFiles.list(dir, glob); // in subfolders too when the glob has a '/'
        if (files.isEmpty()) {
            throw new FileSystemException(dir.toString(), null, "no text file (no name matching " + glob
                    + (glob.contains("/") ? "" : "; for files in subfolders give a glob with a slash: */*.txt") + ")");
        }
        List<Path> real = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                real.add(inside.confine(file));
            } catch (InputRoot.OutsideRootException e) {
                problems.add(FolderFiles.name(dir, file) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputsException(dir.toString(), "file", problems);
        }
        List<InputDocument> documents = new ArrayList<>();
        for (int from = 0; from < files.size(); from += CHECK_WINDOW) {
            // a window of files read and their languages told on every core, as a manifest's rows are
            List<FolderRead> reads = IntStream.range(from, Math.min(files.size(), from + CHECK_WINDOW)).parallel()
                    .mapToObj(i -> FolderRead.of(dir, files.get(i), real.get(i), maxBytes)).toList();
            for (FolderRead read : reads) { // the first failure in name order, as when read one by one
                documents.add(read.document());
            }
        }
        return documents;
    }

    /** A folder's file read with its guessed language, or why it could not be. */
    private record FolderRead(InputDocument read, IOException unreadable, RuntimeException refused) {
        static FolderRead of(Path dir, Path file, Path path, long maxBytes) {
            try {
                String text = TextFiles.read(path, maxBytes);
                String language = Languages.resolve(null, text, file, "a manifest with source_lang/target_lang");
                return new FolderRead(new InputDocument(FolderFiles.name(dir, file), file, language,
                        TextSource.reread(file, () -> TextFiles.read(path, maxBytes), text)), null, null);
            } catch (IOException e) {
                return new FolderRead(null, e, null);
            } catch (RuntimeException e) {
                return new FolderRead(null, null, e);
            }
        }

        InputDocument document() throws IOException {
            if (unreadable != null) {
                throw unreadable;
            }
            if (refused != null) {
                throw refused;
            }
            return read;
        }
    }

    /**
     * The pairs a manifest lists, paths resolved against the manifest's folder. Every row is checked (fields,
     * language tags, paths inside {@code root}, files readable, two languages) before any is returned, and all the
     * bad ones are named in one {@link BadInputsException}.
     *
     * @param root the folder files may lie in, or null for the manifest's folder
     */
    static List<DocumentPair> manifest(Path manifest, long maxBytes, Path root) throws IOException {
        String csv = TextFiles.read(manifest, maxBytes);
        Path base = manifest.toAbsolutePath().getParent();
        InputRoot inside = root == null ? InputRoot.of(base, "the manifest's folder") : InputRoot.of(root, "--root");
        Manifest parsed = Manifest.parse(csv, manifest.toString());
        List<String> problems = new ArrayList<>(parsed.problems());
        ManifestPairs pairs = new ManifestPairs(maxBytes);
        Duplicates seen = new Duplicates(pairs);
        List<Manifest.Entry> entries = parsed.entries();
        for (int from = 0; from < entries.size(); from += CHECK_WINDOW) {
            // reading and checking the files of a window of rows on every core, the rest in order on this thread
            List<Row> rows = entries.subList(from, Math.min(entries.size(), from + CHECK_WINDOW)).parallelStream()
                    .map(entry -> Row.check(inside, base, entry, maxBytes)).toList();
            for (Row row : rows) {
                List<String> rowProblems = row.problems();
                InputDocument source = row.source() == null ? null : row.source().document();
                InputDocument target = row.target() == null ? null : row.target().document();
                if (source != null && target != null) {
                    try {
                        Languages.requireDifferent(source.language(), target.language(), source.file(),
                                target.file());
                    } catch (IllegalArgumentException e) {
                        rowProblems.add(e.getMessage());
                    }
                    Integer earlier = seen.earlierLine(source, target);
                    if (earlier != null) {
                        rowProblems.add("the same pair as line " + earlier);
                    }
                }
                if (rowProblems.isEmpty()) {
                    seen.accept(source, target, row.entry().line());
                    pairs.add(source, target, row.source().text(), row.target().text());
                } else {
                    problems.add("line " + row.entry().line() + ": " + String.join("; ", rowProblems));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(line(a), line(b)));
            throw new BadInputsException(manifest.toString(), "row", problems);
        }
        return pairs;
    }

    /**
     * The accepted pairs of a manifest by a 64-bit hash of both real paths, with the line that listed each: a map entry
     * and an int a pair instead of the paths, which {@link ManifestPairs} holds already. The rare pairs whose hash
     * another pair has too are also kept by their paths.
     */
    private static final class Duplicates {
        private final ManifestPairs pairs;
        private final Map<Long, Integer> first = new HashMap<>(); // the position of the first pair with each hash
        private final Map<String, Integer> collided = new HashMap<>();
        private int[] lines = new int[16];

        Duplicates(ManifestPairs pairs) {
            this.pairs = pairs;
        }

        /** The line of an accepted pair of the same two files, or null. */
        Integer earlierLine(InputDocument source, InputDocument target) {
            String key = key(source, target);
            Integer position = first.get(hash(key));
            if (position == null) {
                return null;
            }
            DocumentPair earlier = pairs.get(position);
            return key.equals(key(earlier.source(), earlier.target())) ? lines[position] : collided.get(key);
        }

        /** Records the pair about to be added to the pairs, listed on {@code line}. */
        void accept(InputDocument source, InputDocument target, int line) {
            int position = pairs.size();
            if (position == lines.length) {
                lines = Arrays.copyOf(lines, 2 * position);
            }
            lines[position] = line;
            String key = key(source, target);
            if (first.putIfAbsent(hash(key), position) != null) {
                collided.putIfAbsent(key, line);
            }
        }

        private static String key(InputDocument source, InputDocument target) {
            return source.file() + "\0" + target.file();
        }

        /** FNV-1a over the characters, 64 bits. */
        private static long hash(String key) {
            long hash = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
            }
            return hash;
        }
    }

    private static int line(String problem) {
        return Integer.parseInt(problem.substring("line ".length(), problem.indexOf(':')));
    }

    /** A side of a manifest's row that passed the checks, with what the pair keeps of the text they read. */
    private record Checked(InputDocument document, ManifestPairs.Print text) {
    }

    /** A manifest's row with its sides checked (null when a side failed) and the problems found so far. */
    private record Row(Manifest.Entry entry, Checked source, Checked target, List<String> problems) {
        static Row check(InputRoot inside, Path base, Manifest.Entry entry, long maxBytes) {
            List<String> problems = new ArrayList<>();
            Checked source = document(inside, base, entry.source(), entry.sourceLanguage(), "source", maxBytes,
                    problems);
            Checked target = document(inside, base, entry.target(), entry.targetLanguage(), "target", maxBytes,
                    problems);
            return new Row(entry, source, target, problems);
        }
    }

    /** One side of a row, or null with the reason added to {@code problems}. */
    private static Checked document(InputRoot inside, Path base, String name, String language, String column,
                                    long maxBytes, List<String> problems) {
        Path file = base.resolve(name);
        Path real = file;
        try {
            real = inside.confine(file);
            String text = TextFiles.read(real, maxBytes);
            String resolved = Languages.resolve(language, text, real, "the " + column + "_lang column");
            if (resolved.equals(language)) { // a label given is checked against the text before any work
                LanguageCheck.check(Side.valueOf(column.toUpperCase(Locale.ROOT)), language, text);
            }
            Path path = real;
            return new Checked(new InputDocument(name, real, resolved,
                    TextSource.reread(real, () -> TextFiles.read(path, maxBytes), text)),
                    ManifestPairs.Print.of(text));
        } catch (IOException | IllegalArgumentException e) {
            String message = BadInputHandler.message(e);
            for (Path prefix : List.of(file, real)) { // the row names the file already
                message = message.startsWith(prefix + ": ") ? message.substring(prefix.toString().length() + 2)
                        : message;
            }
            problems.add(column + " '" + name + "': " + message);
            return null;
        }
    }
}
