package io.paralign.profile;

/**
 * The corrections to ICU's sentence breaks a language asks for, named here and implemented in {@code segment}, which
 * composes them in the order a profile lists them. Order matters: breaks are added first, then removed after
 * abbreviations, then closing quotes are moved back, and only then can a break be seen to be followed by lower case
 * or a comma ({@code « Tu viens ? » a-t-il}).
 */
public enum SentenceFixup {
    /** A break after {@code …} when spaces and an upper-case letter follow (cased scripts). */
    ELLIPSIS_BEFORE_CAPITAL,
    /** A break after {@code …} when spaces and any letter follow (scripts without case: Arabic). */
    ELLIPSIS_BEFORE_LETTER,
    /** No break after the French abbreviations ICU's list misses ({@code Mme.}, {@code cf.}) and after initials. */
    FRENCH_ABBREVIATIONS,
    /** Closing quotes and brackets that ICU put at the start of the next sentence moved back to the one they close. */
    CLOSING_PUNCTUATION,
    /** No break before lower case, a comma, a semicolon or a colon: the sentence goes on. */
    CONTINUATION
}
