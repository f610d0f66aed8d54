package io.paralign.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes alignments in the bead format of Vecalign and Bertalign: one bead a line,
 * {@code [source ids]:[target ids]}, e.g. {@code [0,1]:[2]}, {@code [0, 1]:[2]}, {@code []:[3]}.
 * Blank lines are ignored. A third field, the cost Vecalign prints after each bead
 * ({@code [0]:[0]:0.135}), is accepted and dropped, so Vecalign output can be scored as is.
 */
public final class BeadFormat {
    private static final String IDS = "\\s*(\\d+(?:\\s*,\\s*\\d+)*)?\\s*";
    private static final String COST = "(?::\\s*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?\\s*)?";
    private static final Pattern BEAD =
            Pattern.compile("\\s*\\[" + IDS + "\\]\\s*:\\s*\\[" + IDS + "\\]\\s*" + COST);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private BeadFormat() {
    }

    /**
     * Parses beads, one a line.
     *
     * @throws BeadFormatException at the first line that is neither blank nor a bead
     */
    public static List<BeadIds> parse(String text) {
        List<BeadIds> beads = new ArrayList<>();
        Iterator<String> lines = text.lines().iterator();
        for (int number = 1; lines.hasNext(); number++) {
            String line = lines.next();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                beads.add(parseLine(number, line));
            }
        }
        return List.copyOf(beads);
    }

    /**
     * Reads a UTF-8 bead file.
     *
     * @throws BeadFormatException whose message starts with the file name
     */
    public static List<BeadIds> read(Path file) throws IOException {
        return BeadFiles.read(file, BeadFormat::parse);
    }

    /** One bead a line, without spaces ({@code [0,1]:[2]}), each line ending with a newline. */
    public static String write(List<BeadIds> beads) {
        StringBuilder out = new StringBuilder();
        for (BeadIds bead : beads) {
            appendIds(out, bead.source()).append(':');
            appendIds(out, bead.target()).append('\n');
        }
        return out.toString();
    }

    private static BeadIds parseLine(int number, String line) {
        Matcher m = BEAD.matcher(line);
        if (!m.matches()) {
            throw new BeadFormatException(number, line, null);
        }
        if (m.group(1) == null && m.group(2) == null) {
            throw new BeadFormatException(number, line, "empty on both sides");
        }
        try {
            return new BeadIds(ids(m.group(1)), ids(m.group(2)));
        } catch (NumberFormatException e) {
            throw new BeadFormatException(number, line, "id too large");
        }
    }

    private static List<Integer> ids(String group) {
        if (group == null) {
            return List.of();
        }
        List<Integer> ids = new ArrayList<>();
        for (String id : COMMA.split(group)) {
            ids.add(Integer.parseInt(id));
        }
        return ids;
    }

    private static StringBuilder appendIds(StringBuilder out, List<Integer> ids) {
        out.append('[');
        for (int i = 0; i < ids.size(); i++) {
            out.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return out.append(']');
    }
}
