package io.paralign.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What one TMX translation unit holds, as its header's {@code segtype} says: a sentence bead, or a paragraph bead
 * (the paragraphs the sentence beads link, {@link ReportView#paragraphBeads}) with all its sentences.
 */
public enum SegmentType {
    SENTENCE, PARAGRAPH;

    /** The value of TMX's {@code segtype}, as the CLI's option spells it too. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a name, case-insensitive. */
    public static Optional<SegmentType> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }
}
