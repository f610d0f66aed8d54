package io.paralign.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.paralign.cli.batch.DocumentPair;
import io.paralign.cli.batch.FolderFiles;
import io.paralign.cli.batch.InputDocument;
import io.paralign.cli.batch.Manifest;

/**
 * Reads the documents of a batch, all before anything is written: the text files of a folder, or the pairs of a
 * manifest. Every file goes through {@link TextFiles} and gets a language.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * The files of {@code dir} whose names match {@code glob} (relative paths when it has a {@code /}), in name
     * order, each with its guessed language.
     */
    static List<InputDocument> folder(Path dir, String glob, long maxBytes) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileSystemException(dir.toString(), null,
                    Files.exists(dir) ? "not a directory" : "no such directory");
        }
        List<Path> files = FolderFiles.list(dir, glob); // in subfolders too when the glob has a '/'
        if (files.isEmpty()) {
            throw new FileSystemException(dir.toString(), null, "no text file (no name matching " + glob
                    + (glob.contains("/") ? "" : "; for files in subfolders give a glob with a slash: */*.txt") + ")");
        }
        List<InputDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String text = TextFiles.read(file, maxBytes);
            String language = Languages.resolve(null, text, file, "a manifest with source_lang/target_lang");
            documents.add(new InputDocument(FolderFiles.name(dir, file), file, text, language));
        }
        return documents;
    }

    /** The pairs a manifest lists, paths resolved against the manifest's folder. */
    static List<DocumentPair> manifest(Path manifest, long maxBytes) throws IOException {
        String csv = TextFiles.read(manifest, maxBytes);
        Path base = manifest.toAbsolutePath().getParent();
        List<DocumentPair> pairs = new ArrayList<>();
        for (Manifest.Entry entry : Manifest.parse(csv, manifest.toString())) {
            InputDocument source = document(base, entry.source(), entry.sourceLanguage(), "source_lang", maxBytes);
            InputDocument target = document(base, entry.target(), entry.targetLanguage(), "target_lang", maxBytes);
            Languages.requireDifferent(source.language(), target.language(), source.file(), target.file());
            pairs.add(new DocumentPair(source, target, 1.0));
        }
        return pairs;
    }

    private static InputDocument document(Path base, String name, String language, String column,
                                          long maxBytes) throws IOException {
        Path file = base.resolve(name);
        String text = TextFiles.read(file, maxBytes);
        return new InputDocument(name, file, text, Languages.resolve(language, text, file, "the " + column
                + " column"));
    }
}
