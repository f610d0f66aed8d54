package io.paralign.spark;

import java.io.Serializable;

/**
 * One row of the input table: inline texts ({@code source}, {@code target}) or paths to them ({@code source_path},
 * {@code target_path}), never both; any field may be missing (null), which the pair's row then reports.
 */
record TablePair(String id, String sourceLang, String targetLang, String source, String target, String sourcePath,
                 String targetPath) implements Serializable {
}
