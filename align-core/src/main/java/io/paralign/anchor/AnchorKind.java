package io.paralign.anchor;

/** What an anchor is. The JSON name is the lower-case form. */
public enum AnchorKind {
    /** A number: integer, decimal, year, percentage; key is its canonical ASCII value. */
    NUMBER,
    /** A Latin-script token inside a text written in another script (OIC-CERT, MEE, CNN); key is its lower case. */
    LATIN,
    /** A proper-name candidate; key is its consonant skeleton, compared fuzzily across scripts. */
    NAME,
    /** Punctuation that tends to survive translation: quotes, parentheses, question marks. */
    PUNCT
}
