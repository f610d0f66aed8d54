package io.paralign.diverge;

/**
 * What kind of divergence a flag reports. The names are stable codes used in JSON and never renamed.
 */
public enum FlagType {
    /** Source text with no counterpart in the target. */
    MISSING_IN_TARGET,
    /** Target text with no counterpart in the source. */
    MISSING_IN_SOURCE,
    /** A number (or a Latin-script token inside a non-Latin text) on one side of an aligned pair only. */
    ANCHOR_MISMATCH,
    /** An aligned pair far outside the expected length ratio: likely a partial translation. */
    LENGTH_RATIO,
    /** The same paragraph(s) repeated within one side. */
    DUPLICATE_BLOCK,
    /** A heading with no counterpart. */
    HEADING_UNMATCHED,
    /** Site chrome, credits, "read more" lines and the like. */
    BOILERPLATE,
    /** A segment left in the other side's language. */
    UNTRANSLATED
}
