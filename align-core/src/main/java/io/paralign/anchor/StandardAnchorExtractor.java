package io.paralign.anchor;

import io.paralign.cancel.Cancellation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * All anchors of a text: numbers, Latin tokens in non-Latin text, name candidates and punctuation, in text order
 * (by span start, then end). Thread-safe: the extractors hold only immutable
 * state, ICU transliterators (stateless per ICU) and a concurrent cache; one instance can serve a whole batch.
 */
public final class StandardAnchorExtractor implements AnchorExtractor {
    /** Text order: by span start, then span end, then kind. */
    private static final Comparator<Anchor> TEXT_ORDER = Comparator.<Anchor>comparingInt(a -> a.span().start())
            .thenComparingInt(a -> a.span().end())
            .thenComparing(Anchor::kind);

    private final List<AnchorExtractor> extractors = List.of(
            new NumberExtractor(), new RomanOrdinalExtractor(), new LatinTokenExtractor(), new NameExtractor(),
            new PunctuationExtractor());

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        for (AnchorExtractor extractor : extractors) {
            Cancellation.check("anchor extraction");
            anchors.addAll(extractor.extract(text, offset, language));
        }
        anchors.sort(TEXT_ORDER);
        return Collections.unmodifiableList(anchors); // the list is this call's own: no copy needed
    }
}
