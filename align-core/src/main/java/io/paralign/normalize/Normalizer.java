package io.paralign.normalize;

/** Maps a text to a canonical form for comparison. Implementations are idempotent. */
public interface Normalizer {
    String normalize(String text);
}
