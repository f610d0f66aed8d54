package io.paralign.eval;

/**
 * A line of a bead file is not a bead. The message names the file (when known), the 1-based line
 * number and the line (cut after 60 characters), e.g.
 * {@code gold.txt: line 3: malformed bead '[0,1:[2]'}.
 */
public class BeadFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Longer lines are cut in the message: a sentence file given by mistake stays readable. */
    private static final int SHOWN = 60;

    private final int lineNumber;
    private final String line;
    private final String reason;

    /**
     * @param lineNumber 1-based number of the offending line
     * @param line       the line, without its terminator
     * @param reason     why it is rejected when the syntax alone does not say, or null
     */
    public BeadFormatException(int lineNumber, String line, String reason) {
        this(null, lineNumber, line, reason);
    }

    private BeadFormatException(String file, int lineNumber, String line, String reason) {
        super((file == null ? "" : file + ": ") + "line " + lineNumber + ": malformed bead '" + shown(line)
                + "'" + (reason == null ? "" : " (" + reason + ")"));
        this.lineNumber = lineNumber;
        this.line = line;
        this.reason = reason;
    }

    private static String shown(String line) {
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }

    /** The same failure with the file name in front of the message. */
    BeadFormatException inFile(String file) {
        BeadFormatException withFile = new BeadFormatException(file, lineNumber, line, reason);
        withFile.initCause(this);
        return withFile;
    }

    /** 1-based number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The offending line, without its terminator. */
    public String line() {
        return line;
    }
}
