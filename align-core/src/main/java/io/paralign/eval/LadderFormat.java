package io.paralign.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes alignments in hunalign's ladder format: one rung a line, {@code i<TAB>j<TAB>score}. A rung
 * (i, j) says that the first i source sentences correspond to the first j target sentences; the rungs are
 * monotone, the first is (0, 0) and the last (n, m), the sentence counts. Two consecutive rungs delimit a bead:
 * (2, 2) then (4, 3) is the 2-1 bead {@code [2,3]:[2]}, (4, 3) then (5, 3) the 1-0 bead {@code [4]:[]}.
 *
 * <p>The third column is the score of the bead starting at the rung (hunalign: "a confidence value for the
 * segment starting with the given rung", larger is better, not bounded); here it is the bead's similarity score,
 * 0 to 1, with three decimals, and 0 on the closing rung (n, m), which starts no bead.
 *
 * <p>Indices count sentences, as the bead format's ids do. hunalign counts its input lines, {@code <p>}
 * paragraph marks included; paralign reads those marks as paragraph breaks, not sentences, so with marked input
 * the two numberings differ (they agree on input without {@code <p>} lines).
 *
 * <p>Reading accepts hunalign's output and its hand-aligned ladders: columns separated by tabs or spaces, the
 * score optional and ignored, blank lines skipped, a rung equal to the previous one dropped.
 *
 * @see <a href="https://github.com/danielvarga/hunalign">hunalign's README, "File formats"</a>
 */
public final class LadderFormat {
    /** The largest count read: a rung stands for every sentence before it, so one line could ask for billions. */
    public static final int MAX_SENTENCES = 1_000_000;
    private static final Pattern RUNG =
            Pattern.compile("\\s*(\\d+)\\s+(\\d+)(?:\\s+[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)?\\s*");

    private LadderFormat() {
    }

    /**
     * The rungs of beads that follow one another in order and cover every sentence, as an aligner's do.
     *
     * @param scores one per bead, written on the rung where the bead starts
     * @throws BeadOrderException if a bead does not start where the previous one ended
     */
    public static String write(List<BeadIds> beads, List<Double> scores) {
        if (scores.size() != beads.size()) {
            throw new IllegalArgumentException(beads.size() + " beads but " + scores.size() + " scores");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        for (int k = 0; k < beads.size(); k++) {
            BeadIds bead = beads.get(k);
            if (!runsFrom(bead.source(), i) || !runsFrom(bead.target(), j)) {
                throw new BeadOrderException("bead " + k + " " + BeadFormat.write(List.of(bead)).strip()
                        + " does not start at rung " + i + " " + j + ", where the beads before it end; a ladder needs"
                        + " beads in order covering every sentence");
            }
            rung(out, i, j, scores.get(k));
            i += bead.source().size();
            j += bead.target().size();
        }
        return rung(out, i, j, 0).toString();
    }

    private static StringBuilder rung(StringBuilder out, int i, int j, double score) {
        return out.append(i).append('\t').append(j).append('\t')
                .append(String.format(Locale.ROOT, "%.3f", score)).append('\n');
    }

    private static boolean runsFrom(List<Integer> ids, int start) {
        for (int n = 0; n < ids.size(); n++) {
            if (ids.get(n) != start + n) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses rungs, one a line, into beads.
     *
     * @throws BeadFormatException at the first line that is neither blank nor a rung, at a first rung other than
     *                             (0, 0), at a rung below the previous one on either side, or at a count over
     *                             {@link #MAX_SENTENCES}
     */
    public static List<BeadIds> parse(String text) {
        List<BeadIds> beads = new ArrayList<>();
        Iterator<String> lines = text.lines().iterator();
        int i = -1;
        int j = -1;
        for (int number = 1; lines.hasNext(); number++) {
            String line = lines.next();
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher m = RUNG.matcher(line);
            if (!m.matches()) {
                throw new BeadFormatException(number, line, "a ladder rung is two sentence counts and a score");
            }
            int ni;
            int nj;
            try {
                ni = Integer.parseInt(m.group(1));
                nj = Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                ni = nj = Integer.MAX_VALUE;
            }
            if (ni > MAX_SENTENCES || nj > MAX_SENTENCES) {
                throw new BeadFormatException(number, line, "over " + MAX_SENTENCES + " sentences");
            }
            if (i < 0 && (ni != 0 || nj != 0)) {
                throw new BeadFormatException(number, line, "a ladder starts at rung 0 0");
            }
            if (ni < i || nj < j) {
                throw new BeadFormatException(number, line, "rung goes back from " + i + " " + j);
            }
            if (i >= 0 && (ni > i || nj > j)) {
                beads.add(new BeadIds(range(i, ni), range(j, nj)));
            }
            i = ni;
            j = nj;
        }
        return List.copyOf(beads);
    }

    /**
     * Reads a UTF-8 ladder file.
     *
     * @throws BeadFormatException whose message starts with the file name
     */
    public static List<BeadIds> read(Path file) throws IOException {
        return BeadFiles.read(file, LadderFormat::parse);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> ids = new ArrayList<>(to - from);
        for (int id = from; id < to; id++) {
            ids.add(id);
        }
        return ids;
    }
}
