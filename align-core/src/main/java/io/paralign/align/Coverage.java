package io.paralign.align;

/**
 * How much of each side is aligned to something on the other.
 *
 * @param source source side figures
 * @param target target side figures
 */
public record Coverage(SideCoverage source, SideCoverage target) {

    /**
     * @param sentences          sentences on the side
     * @param alignedSentences   sentences in a bead with the other side
     * @param characters         characters in sentences on the side
     * @param alignedCharacters  characters in aligned sentences
     */
    public record SideCoverage(int sentences, int alignedSentences, int characters, int alignedCharacters) {
        /** Share of sentences aligned, 0 to 1 (1 for an empty side). */
        public double sentenceShare() {
            return sentences == 0 ? 1.0 : (double) alignedSentences / sentences;
        }

        /** Share of characters aligned, 0 to 1 (1 for an empty side). */
        public double characterShare() {
            return characters == 0 ? 1.0 : (double) alignedCharacters / characters;
        }
    }
}
