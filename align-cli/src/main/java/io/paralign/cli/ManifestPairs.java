package io.paralign.cli;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

import io.paralign.batch.DocumentPair;
import io.paralign.batch.InputDocument;
import io.paralign.batch.TextSource;

/**
 * The checked pairs of a manifest, held in about the room their names and paths take: per pair one string of its
 * fields and four ints (each text's length and hash as the check read it). {@link #get} makes the pair afresh each
 * time, its texts read again from their files and compared with what the check read ({@link TextSource#reread}), so
 * that a batch of any length holds no objects per pair. Immutable once built.
 */
final class ManifestPairs extends AbstractList<DocumentPair> implements RandomAccess {
    private static final char SEPARATOR = '\0'; // no file name, path or language tag holds it

    private final long maxBytes;
    private String[] rows = new String[16];
    private int[] texts = new int[64];
    private int size;

    /** @param maxBytes the limit each text is read again with */
    ManifestPairs(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What a pair keeps of each text the check read, to know it again: its length and {@link String#hashCode()}. */
    record Print(int length, int hash) {
        static Print of(String text) {
            return new Print(text.length(), text.hashCode());
        }
    }

    /** Adds a checked pair; its documents' texts must come from their files ({@link InputDocument#file()}). */
    void add(InputDocument source, InputDocument target, Print sourceText, Print targetText) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, 2 * size);
            texts = Arrays.copyOf(texts, 4 * rows.length);
        }
        rows[size] = String.join(String.valueOf(SEPARATOR), source.name(), source.file().toString(),
                source.language(), target.name(), target.file().toString(), target.language());
        texts[4 * size] = sourceText.length();
        texts[4 * size + 1] = sourceText.hash();
        texts[4 * size + 2] = targetText.length();
        texts[4 * size + 3] = targetText.hash();
        size++;
    }

    @Override
    public DocumentPair get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        String[] fields = rows[index].split(String.valueOf(SEPARATOR), -1);
        return new DocumentPair(document(fields, 0, texts[4 * index], texts[4 * index + 1]),
                document(fields, 3, texts[4 * index + 2], texts[4 * index + 3]), 1.0);
    }

    private InputDocument document(String[] fields, int at, int length, int hash) {
        Path file = Path.of(fields[at + 1]);
        return new InputDocument(fields[at], file, fields[at + 2],
                TextSource.reread(file, () -> TextFiles.read(file, maxBytes), length, hash));
    }

    @Override
    public int size() {
        return size;
    }
}
