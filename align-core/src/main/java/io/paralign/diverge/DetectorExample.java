package io.paralign.diverge;

import io.paralign.model.Side;

/**
 * One must-flag or must-not-flag example of a detector: two texts to align, and whether a flag of the detector's
 * type must (or must not) point at the given side.
 *
 * @param name           what the example shows, e.g. "year changed in the French text"
 * @param source         the source text, one paragraph a line
 * @param sourceLanguage the source language (BCP 47)
 * @param target         the target text, one paragraph a line
 * @param targetLanguage the target language (BCP 47)
 * @param side           the side the flag must (or must not) point at
 * @param mustFlag       true for a must-flag example, false for a must-not-flag one
 */
record DetectorExample(String name, String source, String sourceLanguage, String target,
                              String targetLanguage, Side side, boolean mustFlag) {

    /** An example whose Arabic and French texts must raise a flag on the given side. */
    static DetectorExample flags(String name, ExampleText arabic, ExampleText french, Side side) {
        return new DetectorExample(name, arabic.text(), arabic.language(), french.text(), french.language(), side,
                true);
    }

    /** An example whose Arabic and French texts must raise no flag on the given side. */
    static DetectorExample doesNotFlag(String name, ExampleText arabic, ExampleText french, Side side) {
        return new DetectorExample(name, arabic.text(), arabic.language(), french.text(), french.language(), side,
                false);
    }

    @Override
    public String toString() {
        return (mustFlag ? "flags " : "does not flag ") + side.json() + ": " + name;
    }
}
