package io.paralign.cli.render;

import java.util.List;
import java.util.stream.Collectors;

import io.paralign.align.Bead;
import io.paralign.diverge.Divergence;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;

/** The text of a bead's sentences, and the flags that point into them. */
final class BeadTexts {
    private BeadTexts() {
    }

    /** The bead's sentences on one side, joined by a space; empty when the side is empty. */
    static String text(AlignmentResult result, Bead bead, Side side) {
        Document document = side == Side.SOURCE ? result.source() : result.target();
        return ids(bead, side).stream().map(id -> document.sentence(id).text().strip())
                .collect(Collectors.joining(" "));
    }

    /** Flags on one side whose sentences overlap the bead's. */
    static List<Divergence> flags(AlignmentResult result, Bead bead, Side side) {
        List<Integer> ids = ids(bead, side);
        return result.flags().stream()
                .filter(f -> f.side() == side && f.sentences().stream().anyMatch(ids::contains))
                .toList();
    }

    static List<Integer> ids(Bead bead, Side side) {
        return side == Side.SOURCE ? bead.source() : bead.target();
    }

    /** Text on one line: runs of tabs and line breaks become one space. */
    static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
    }
}
