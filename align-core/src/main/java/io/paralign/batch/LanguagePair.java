package io.paralign.batch;

import io.paralign.model.LanguageTags;

/**
 * The languages of a pair of documents as far as learned word pairs go: primary subtags only, so that {@code fr-CA}
 * and {@code fr} documents learn together.
 */
public record LanguagePair(String source, String target) implements java.io.Serializable {
    public LanguagePair {
        source = LanguageTags.primary(source);
        target = LanguageTags.primary(target);
    }

    @Override
    public String toString() {
        return source + "-" + target;
    }
}
