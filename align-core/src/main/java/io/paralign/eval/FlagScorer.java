package io.paralign.eval;

import io.paralign.align.Bead;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagType;
import io.paralign.model.Document;
import io.paralign.model.LanguageTags;
import io.paralign.model.Side;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision and recall of divergence flags against expected flags. A flag hits an expected one when it has the
 * expected type (for omissions: either missing type, pointing at the side that has the text), points at that side,
 * and overlaps the expected sentences or texts; a number change may also be flagged on the other side, inside the
 * text aligned with the changed sentence. Precision counts every flag raised; recall every expected flag.
 */
public final class FlagScorer {
    private static final int PROBE = 25;
    private final List<Counts> documents = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseAlarms = new ArrayList<>();

    /**
     * An alignment with its flags.
     *
     * @param source the source document
     * @param target the target document
     * @param beads  sentence beads
     * @param flags  flags raised
     */
    public record Flagged(Document source, Document target, List<Bead> beads, List<Flag> flags) {
    }

    /** Per-type tallies: expected, found. */
    private record Counts(int flags, int flagHits, Map<String, int[]> byType) {
    }

    /**
     * Scores one document's flags.
     *
     * @param name            the document's name, for the lists of misses and false alarms
     * @param result          the alignment of the two raw texts, with its flags
     * @param sourceSentences the source side's reference sentences, in order, as they appear in its text
     * @param targetSentences the target side's reference sentences
     * @param expected        the flags that should be raised
     */
    public void add(String name, Flagged result, List<String> sourceSentences, List<String> targetSentences,
                    List<ExpectedFlag> expected) {
        List<Span> sourceSpans = locate(result.source().text(), sourceSentences);
        List<Span> targetSpans = locate(result.target().text(), targetSentences);
        Map<String, int[]> byType = new TreeMap<>();
        boolean[] flagHit = new boolean[result.flags().size()];
        for (ExpectedFlag e : expected) {
            if (e.type() == null) {
                continue;
            }
            Side side = e.language().equals(LanguageTags.primary(result.source().language()))
                    ? Side.SOURCE : Side.TARGET;
            Document document = side == Side.SOURCE ? result.source() : result.target();
            List<Span> regions = regions(e, document, side == Side.SOURCE ? sourceSpans : targetSpans);
            List<Span> otherRegions = e.type().equals(FlagType.ANCHOR_MISMATCH.name())
                    ? alignedRegions(result, side, regions) : List.of();
            boolean found = false;
            for (int k = 0; k < flagHit.length; k++) {
                Flag flag = result.flags().get(k);
                if (!typeMatches(flag.type(), e.type())) {
                    continue;
                }
                List<Span> where = flag.side() == side ? regions : otherRegions;
                if (where.stream().anyMatch(r -> r.overlaps(flag.span()))) {
                    flagHit[k] = true;
                    found = true;
                }
            }
            if (!found) {
                misses.add(name + ": " + e.type() + " " + e.language() + " " + e.edit()
                        + (e.sentences().isEmpty() ? " " + e.texts() : " sentences " + e.sentences()));
            }
            int[] tally = byType.computeIfAbsent(e.type(), t -> new int[2]);
            tally[0]++;
            tally[1] += found ? 1 : 0;
        }
        int hits = 0;
        for (int k = 0; k < flagHit.length; k++) {
            hits += flagHit[k] ? 1 : 0;
            if (!flagHit[k]) {
                Flag flag = result.flags().get(k);
                falseAlarms.add(name + ": " + flag.type() + " " + flag.side().json() + " sentences " + flag.sentences()
                        + " \"" + abbreviate(flag.text()) + "\"");
            }
        }
        documents.add(new Counts(flagHit.length, hits, byType));
    }

    /** Precision over all flags raised, recall over all expected flags, pooled over documents. */
    public PrfScore score() {
        int flags = documents.stream().mapToInt(Counts::flags).sum();
        int hits = documents.stream().mapToInt(Counts::flagHits).sum();
        int expected = 0;
        int found = 0;
        for (int[] tally : byType().values()) {
            expected += tally[0];
            found += tally[1];
        }
        return PrfScore.fromCounts(hits, flags, found, expected);
    }

    /** For each expected type: {expected, found}. */
    public Map<String, int[]> byType() {
        Map<String, int[]> total = new TreeMap<>();
        for (Counts counts : documents) {
            counts.byType().forEach((type, tally) -> {
                int[] sum = total.computeIfAbsent(type, t -> new int[2]);
                sum[0] += tally[0];
                sum[1] += tally[1];
            });
        }
        return total;
    }

    /** Expected flags no flag hit, one line each. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Flags that hit no expected flag, one line each. */
    public List<String> falseAlarms() {
        return List.copyOf(falseAlarms);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static boolean typeMatches(FlagType actual, String expected) {
        if (expected.startsWith("MISSING_IN_")) {
            return actual == FlagType.MISSING_IN_SOURCE || actual == FlagType.MISSING_IN_TARGET;
        }
        return actual.name().equals(expected);
    }

    private static List<Span> regions(ExpectedFlag e, Document document, List<Span> sentenceSpans) {
        List<Span> regions = new ArrayList<>();
        for (int id : e.sentences()) {
            if (id < sentenceSpans.size() && sentenceSpans.get(id) != null) {
                regions.add(sentenceSpans.get(id));
            }
        }
        if (e.type().equals(FlagType.DUPLICATE_BLOCK.name())) {
            // the data set names the first copy; a detector rightly points at the repeat
            for (Span original : List.copyOf(regions)) {
                String text = document.text().substring(original.start(), original.end());
                for (int at = document.text().indexOf(text, original.end()); at >= 0;
                     at = document.text().indexOf(text, at + text.length())) {
                    regions.add(new Span(at, at + text.length()));
                }
            }
        }
        for (String text : e.texts()) {
            int at = document.text().indexOf(text.trim());
            if (at >= 0) {
                regions.add(new Span(at, at + text.trim().length()));
            }
        }
        return regions;
    }

    /** Spans of the other side's sentences aligned with any sentence overlapping the regions. */
    private static List<Span> alignedRegions(Flagged result, Side side, List<Span> regions) {
        Document here = side == Side.SOURCE ? result.source() : result.target();
        Document there = side == Side.SOURCE ? result.target() : result.source();
        List<Span> out = new ArrayList<>();
        for (Bead bead : result.beads()) {
            List<Integer> mine = side == Side.SOURCE ? bead.source() : bead.target();
            List<Integer> theirs = side == Side.SOURCE ? bead.target() : bead.source();
            boolean touches = mine.stream().anyMatch(id -> regions.stream()
                    .anyMatch(r -> r.overlaps(here.sentence(id).span())));
            if (touches) {
                theirs.forEach(id -> out.add(there.sentence(id).span()));
            }
        }
        return out;
    }

    /**
     * Where each reference sentence stands in the text, searched in order; a sentence an edit changed (a number)
     * is found by its first or last {@value #PROBE} characters; null where it cannot be found.
     */
    static List<Span> locate(String text, List<String> sentences) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String sentence : sentences) {
            Span span = find(text, sentence.trim(), from);
            spans.add(span);
            if (span != null) {
                from = span.end();
            }
        }
        return spans;
    }

    private static Span find(String text, String needle, int from) {
        if (needle.isEmpty()) {
            return null;
        }
        int at = text.indexOf(needle, from);
        if (at >= 0) {
            return new Span(at, at + needle.length());
        }
        if (needle.length() < 2 * PROBE) {
            return null;
        }
        int head = text.indexOf(needle.substring(0, PROBE), from);
        if (head >= 0) {
            return new Span(head, Math.min(text.length(), head + needle.length()));
        }
        int tail = text.indexOf(needle.substring(needle.length() - PROBE), from);
        return tail < 0 ? null : new Span(Math.max(0, tail + PROBE - needle.length()), tail + PROBE);
    }

}
