package io.paralign.report;

import java.util.List;
import java.util.Map;

/**
 * One {@code <tu>} as read back from TMX.
 *
 * @param segments the text of each variant, by its {@code xml:lang}, in document order
 * @param flags    the values of its {@code <prop type="x-flag">}
 */
public record TranslationUnit(Map<String, String> segments, List<String> flags) {
    public TranslationUnit {
        segments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segments));
        flags = List.copyOf(flags);
    }
}
