package io.paralign.batch;

/** Where word pairs are learned from before the final alignment of a pair. */
public enum LexiconScope {
    /** Over every pair of the set with the same language pair (a first pass), then within the document. */
    SET,
    /** Within the document only: each pair aligned alone. */
    DOCUMENT;

    /** The stable name written in reports: {@code set} or {@code document}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
