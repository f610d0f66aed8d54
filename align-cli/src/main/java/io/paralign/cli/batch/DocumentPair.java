package io.paralign.cli.batch;

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

    /** A folder name for the pair's reports: both file names without extension. */
    public String folderName() {
        return stem(source.name()) + "--" + stem(target.name());
    }

    private static String stem(String name) {
        String file = name.replace('\\', '/').substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
