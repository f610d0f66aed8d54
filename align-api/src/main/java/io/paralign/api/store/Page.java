package io.paralign.api.store;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of results: {@code page} is 0-based, {@code total} counts every match. */
public record Page<T>(@Schema(description = "the page, 0-based") int page,
                      @Schema(description = "the page size asked for") int size,
                      @Schema(description = "number of items in all pages") long total,
                      @Schema(description = "this page's items") List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
