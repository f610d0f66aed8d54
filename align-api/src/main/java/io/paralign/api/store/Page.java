package io.paralign.api.store;

import java.util.List;

/** One page of results: {@code page} is 0-based, {@code total} counts every match. */
public record Page<T>(int page, int size, long total, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
