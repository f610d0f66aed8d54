package io.paralign.diverge;

import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.List;

/**
 * One finding of a detector, pointing at text on one side: a divergence between the two texts (text on one side
 * only, a number on one side only, an unmatched heading...), as the JSON ({@code flags}), the CLI ({@code --flags})
 * and {@code AlignmentResult.flags()} report it.
 *
 * @param type       what was found
 * @param side       the side whose text the flag points at
 * @param paragraph  0-based paragraph index on that side
 * @param sentences  0-based sentence ids on that side the flag covers
 * @param span       character span on that side
 * @param text       the text of the span
 * @param evidence   why: a short human-readable explanation naming the values involved
 * @param confidence how sure the detector is, in [0, 1]
 */
public record Flag(FlagType type, Side side, int paragraph, List<Integer> sentences, Span span,
                         String text, String evidence, double confidence) {
    public Flag {
        sentences = List.copyOf(sentences);
    }
}
