package io.paralign.score;

/**
 * Weights of the bead cost. Defaults are tuned on the development sets named in the README (Text+Berg dev,
 * articles-ar-fr-dev); the priors follow Gale &amp; Church (1993): -ln of each shape's probability relative to 1-1.
 *
 * @param skip            cost of leaving one unit unmatched (1-0 or 0-1)
 * @param headingSkip     cost of leaving a heading unmatched: headings often have no counterpart
 * @param expendableSkip  cost of leaving unmatched a repeat or a boilerplate line, which rarely has a counterpart
 * @param merge           extra cost of a 2-1 or 1-2 bead
 * @param doubleMerge     extra cost of a 2-2 bead
 * @param tripleMerge     extra cost of a 3-1 or 1-3 bead
 * @param quadrupleMerge  extra cost of a 4-1 or 1-4 bead
 * @param lengthWeight    weight of the Gale-Church length cost
 * @param lengthCap       largest length cost a bead can get: Gale-Church's normal tail grows fast, and a partial
 *                        translation should still align (and be flagged) when its words and anchors agree
 * @param lexicalWeight   reward for lexical overlap (Dice of translated stems, 0 to 1)
 * @param anchorWeight    reward per unit of matched anchor weight
 * @param mismatchWeight  cost per unit of strong anchor weight (numbers, Latin tokens) found on one side only
 * @param breakPenalty    cost of a merge that crosses a paragraph break on either side
 */
public record CostParams(double skip, double headingSkip, double expendableSkip, double merge, double doubleMerge, double tripleMerge,
                         double quadrupleMerge,
                         double lengthWeight, double lengthCap, double lexicalWeight, double anchorWeight, double mismatchWeight,
                         double breakPenalty) {

    /** Weights for sentence beads. */
    public static CostParams sentenceDefaults() {
        return new CostParams(4.0, 2.5, 1.0, 4.6, 4.4, 6.0, 9.5, 0.75, 10.0, 4.5, 2.0, 1.125, 4.0);
    }

    /**
     * Weights for paragraph beads. A matched anchor weighs 6 here, against 2 in a sentence bead: a paragraph that
     * lost a sentence in translation has a length far from its counterpart's, and when a paragraph is left out just
     * before it, shifting every following paragraph by one can pair paragraphs whose lengths happen to agree; the
     * numbers and names they share keep the paragraphs on their counterparts (articles-ar-fr-dev .psent, per
     * document: 5 to 10 give the same alignment, strict F1 0.989; 1 gives 0.978).
     */
    public static CostParams paragraphDefaults() {
        return new CostParams(6.65, 5.0, 0.5, 2.0, 4.0, 4.0, 6.0, 0.75, 40.0, 8.0, 6.0, 0.5, 0.0);
    }

    double prior(int a, int b) {
        int big = Math.max(a, b);
        int small = Math.min(a, b);
        if (big == 1) {
            return 0.0;
        }
        if (big == 2 && small == 1) {
            return merge;
        }
        if (big == 2) {
            return doubleMerge;
        }
        return big == 3 ? tripleMerge : quadrupleMerge;
    }

    /** These weights with other merge priors (2-1 and 1-2, 2-2, 3-1 and 1-3, 4-1 and 1-4). */
    public CostParams withMergePriors(double merge, double doubleMerge, double tripleMerge, double quadrupleMerge) {
        return new CostParams(skip, headingSkip, expendableSkip, merge, doubleMerge, tripleMerge, quadrupleMerge,
                lengthWeight, lengthCap, lexicalWeight, anchorWeight, mismatchWeight, breakPenalty);
    }
}
