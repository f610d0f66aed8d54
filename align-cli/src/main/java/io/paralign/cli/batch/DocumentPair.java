package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Two documents found, or declared, to be versions of one article.
 *
 * @param source   the document in the source language
 * @param target   its counterpart
 * @param score    how sure the pairing is, in [0, 1] (1 for pairs from a manifest; see {@link DocumentPairer})
 * @param pairedBy what made the pair
 */
public record DocumentPair(InputDocument source, InputDocument target, double score, PairedBy pairedBy) {
    /** A pair declared in a manifest. */
    public DocumentPair(InputDocument source, InputDocument target, double score) {
        this(source, target, score, PairedBy.MANIFEST);
    }

    /**
     * The pair's own name for its report folder: both paths as given, without the last extension, folders joined
     * with {@code _}, any character but letters, digits, {@code .}, {@code _} and {@code -} replaced by {@code _}:
     * {@code s1/000.ar.txt} and {@code s1/000.fr.txt} give {@code s1_000.ar--s1_000.fr}. {@link ReportFolders}
     * makes it unique within a batch and bounds its length.
     */
    public String folderName() {
        return stem(source.name()) + "--" + stem(target.name());
    }

    private static String stem(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            parts.add(part.equals("..") ? "up" : part.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        }
        if (parts.isEmpty()) {
            return "_";
        }
        String file = parts.get(parts.size() - 1);
        int dot = file.lastIndexOf('.');
        parts.set(parts.size() - 1, dot > 0 ? file.substring(0, dot) : file);
        return String.join("_", parts);
    }
}
