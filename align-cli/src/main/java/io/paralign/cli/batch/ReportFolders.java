package io.paralign.cli.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import io.paralign.batch.DocumentPair;

/**
 * The report folder of every pair of a batch, distinct within the batch. A folder is named after both paths as
 * given, relative folders included ({@code s1/000.ar.txt} and {@code s1/000.fr.txt} give {@code s1_000.ar--s1_000.fr},
 * see {@link #folderName(DocumentPair)}). When that name is over {@value #MAX_LENGTH} characters it is cut, and when
 * it is shared by several pairs of the batch (letter case ignored, for file systems that ignore it), a short hash of
 * both paths as given is added: {@code -} and 8 hexadecimal digits. The same pairs always get the same folders.
 *
 * <p>A folder is named again from its pair when asked for; only the names that differ from a pair's own are kept, so
 * that a batch of any length holds nothing here per pair.
 */
public final class ReportFolders {
    /** Longest folder name, hash included: well under the 255 bytes file systems allow, for two-byte letters. */
    static final int MAX_LENGTH = 100;
    private static final int HASH_LENGTH = 8;

    private final List<DocumentPair> pairs;
    /** By position, the folders that are not their pair's {@link #bounded} name. */
    private final Map<Integer, String> renamed = new HashMap<>();

    private ReportFolders(List<DocumentPair> pairs) {
        this.pairs = pairs;
    }

    /** @param pairs the batch's pairs, which {@link #of(int)} reads again */
    public static ReportFolders of(List<DocumentPair> pairs) {
        ReportFolders result = new ReportFolders(pairs);
        Map<String, Integer> uses = new HashMap<>();
        for (DocumentPair pair : pairs) {
            uses.merge(key(bounded(pair)), 1, Integer::sum);
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            DocumentPair pair = pairs.get(i);
            String own = bounded(pair);
            String name = uses.get(key(own)) > 1 ? withHash(own, pair) : own;
            String unique = name;
            for (int n = 2; !taken.add(key(unique)); n++) { // only when a batch lists the same paths twice
                unique = name + "-" + n;
            }
            if (!unique.equals(own)) {
                result.renamed.put(i, unique);
            }
        }
        return result;
    }

    /** The folder of the pair at {@code position} in the list this was made of. */
    public String of(int position) {
        String folder = renamed.get(position);
        return folder != null ? folder : bounded(pairs.get(position));
    }

    /**
     * The pair's own name for its report folder: both paths as given, without the last extension, folders joined
     * with {@code _}, any character but letters, digits, {@code .}, {@code _} and {@code -} replaced by {@code _}:
     * {@code s1/000.ar.txt} and {@code s1/000.fr.txt} give {@code s1_000.ar--s1_000.fr}. {@link #of(List)}
     * makes it unique within a batch and bounds its length.
     */
    public static String folderName(DocumentPair pair) {
        return stem(pair.source().name()) + "--" + stem(pair.target().name());
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

    private static String bounded(DocumentPair pair) {
        String name = folderName(pair);
        return name.length() <= MAX_LENGTH ? name : withHash(name, pair);
    }

    private static String withHash(String name, DocumentPair pair) {
        String hash = hash(pair.source().name() + "\n" + pair.target().name());
        int keep = Math.min(name.length(), MAX_LENGTH - HASH_LENGTH - 1);
        return name.substring(0, keep) + "-" + hash;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
