package io.paralign.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an alignment file in either format the evaluator accepts, told apart by its first non-blank line: a bead
 * ({@code [0,1]:[2]}, {@link BeadFormat}) starts with {@code [}, a ladder rung ({@code 0 0 0.5},
 * {@link LadderFormat}) with a digit.
 */
public final class BeadFiles {
    private BeadFiles() {
    }

    /** Parses beads or a ladder; an empty or blank text has no beads. */
    public static List<BeadIds> parse(String text) {
        return isLadder(text) ? LadderFormat.parse(text) : BeadFormat.parse(text);
    }

    /**
     * Reads a UTF-8 bead file or ladder.
     *
     * @throws BeadFormatException whose message starts with the file name
     */
    public static List<BeadIds> read(Path file) throws IOException {
        return read(file, BeadFiles::parse);
    }

    /** Reads a UTF-8 file with a parser; a format error's message then starts with the file name. */
    static List<BeadIds> read(Path file, java.util.function.Function<String, List<BeadIds>> parser)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return parser.apply(text);
        } catch (BeadFormatException e) {
            throw e.inFile(file.toString());
        }
    }

    static boolean isLadder(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c >= '0' && c <= '9';
            }
        }
        return false;
    }
}
