package io.paralign.anchor;

import io.paralign.model.Span;

/**
 * Something in a sentence that should survive translation.
 *
 * @param kind    what it is
 * @param key     its comparison key (see {@link AnchorKind})
 * @param surface the text as written
 * @param span    where it stands in the document's original text
 * @param weight  prior weight in (0, 1]: rare, specific anchors (a year, a long name) weigh more than a "1" or a quote
 */
public record Anchor(AnchorKind kind, String key, String surface, Span span, double weight) {
}
