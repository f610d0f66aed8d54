package io.paralign.model;

/** One side of a bitext. The JSON name is the lower-case form. */
public enum Side {
    SOURCE, TARGET;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Side other() {
        return this == SOURCE ? TARGET : SOURCE;
    }
}
