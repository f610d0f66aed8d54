package io.paralign.language;

import io.paralign.model.LanguageDetection;
import io.paralign.model.Side;

/** A text's declared language is clearly contradicted by the text: its script, or its function words. */
public class LanguageMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Side side;
    private final String declared;
    private final transient LanguageDetection detected;

    /**
     * @param side     the side whose text it is, or null for a document on its own
     * @param evidence what in the text contradicts the label, with its values
     */
    public LanguageMismatchException(Side side, String declared, LanguageDetection detected, String evidence) {
        super((side == null ? "text" : side.json()) + " declared as '" + declared + "' reads as '"
                + detected.language() + "' (" + evidence + ", confidence " + detected.confidence() + ")");
        this.side = side;
        this.declared = declared;
        this.detected = detected;
    }

    private LanguageMismatchException(String message, LanguageMismatchException e) {
        super(message, e);
        this.side = e.side;
        this.declared = e.declared;
        this.detected = e.detected;
    }

    /** The same finding, its message led by where the label came from: a request field, a file. */
    public LanguageMismatchException from(String where) {
        return new LanguageMismatchException(where + ": " + getMessage(), this);
    }

    /** The side whose text it is; null for a document on its own. */
    public Side side() {
        return side;
    }

    public String declared() {
        return declared;
    }

    public LanguageDetection detected() {
        return detected;
    }
}
