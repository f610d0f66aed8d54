package io.paralign.diverge;

import io.paralign.expendable.BoilerplateRule;
import io.paralign.model.Document;
import io.paralign.model.Sentence;
import io.paralign.model.Side;
import java.util.List;

/** Boilerplate sentences of a document taken alone (no alignment to tell what is unmatched). */
final class BoilerplateLines {
    private BoilerplateLines() {
    }

    static List<Divergence> detect(Document document, Side side) {
        return document.sentences().stream()
                .filter(s -> BoilerplateRule.match(s.text()) != null)
                .map(s -> flag(side, s))
                .toList();
    }

    private static Divergence flag(Side side, Sentence s) {
        return new Divergence(DivergenceType.BOILERPLATE, side, s.paragraph(), List.of(s.index()), s.span(), s.text(),
                "reads as publisher boilerplate (\"" + BoilerplateRule.match(s.text()) + "\")", 0.85);
    }
}
