package io.paralign.report;

import io.paralign.align.Coverage;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every renderer reads of an alignment: the two sides (language, title, sentence texts and paragraphs,
 * coverage), the paragraph and sentence beads and the flags, plus the whole JSON report for the JSON format. Made
 * from a result ({@link #of}) or rebuilt
 * from stored JSON ({@link ReportReader}); both go through the JSON tree, so a stored alignment renders exactly as
 * the result it was made from, but for the documents' titles, which a shell adds ({@link #titled}).
 *
 * @param source         source side
 * @param target         target side
 * @param paragraphBeads paragraph beads, in order
 * @param beads          sentence beads, in order
 * @param flags          divergence flags, in order
 * @param json           the JSON report, pretty-printed, as {@link JsonReport#write} writes it (no trailing line break)
 */
public record ReportView(SideView source, SideView target, List<ParagraphBeadView> paragraphBeads,
                         List<BeadView> beads, List<FlagView> flags, String json) {
    public ReportView {
        paragraphBeads = List.copyOf(paragraphBeads);
        beads = List.copyOf(beads);
        flags = List.copyOf(flags);
    }

    /**
     * @param language  language tag
     * @param title      what the shell that read the text calls it (the CLI: the file name), empty when it gave
     *                   nothing; not part of the JSON report, so a view rebuilt from stored JSON has none
     * @param sentences  sentence texts by sentence id, as segmented (not stripped)
     * @param paragraphs the paragraph id of each sentence, by sentence id
     * @param coverage   how much of the side is aligned
     */
    public record SideView(String language, String title, List<String> sentences, List<Integer> paragraphs,
                           Coverage.SideCoverage coverage) {
        public SideView {
            title = title == null ? "" : title.strip();
            sentences = List.copyOf(sentences);
            paragraphs = List.copyOf(paragraphs);
        }

        SideView titled(String title) {
            return new SideView(language, title, sentences, paragraphs, coverage);
        }
    }

    /**
     * One paragraph bead: the paragraphs the sentence beads link together; an empty side when none of the other's
     * sentences is aligned.
     *
     * @param source source paragraph ids
     * @param target target paragraph ids
     */
    public record ParagraphBeadView(List<Integer> source, List<Integer> target) implements Grouping {
        public ParagraphBeadView {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }
    }

    /** Units of each side aligned together: a sentence bead or a paragraph bead. */
    public interface Grouping {
        List<Integer> source();

        List<Integer> target();

        default boolean isMatch() {
            return !source().isEmpty() && !target().isEmpty();
        }

        /** The shape, e.g. "2-1". */
        default String shape() {
            return source().size() + "-" + target().size();
        }
    }

    /**
     * One sentence bead.
     *
     * @param source     source sentence ids
     * @param target     target sentence ids
     * @param score      similarity, 0-1
     * @param confidence 0-1
     */
    public record BeadView(List<Integer> source, List<Integer> target, double score, double confidence)
            implements Grouping {
        public BeadView {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        public List<Integer> ids(Side side) {
            return side == Side.SOURCE ? source : target;
        }
    }

    /**
     * One divergence flag, as the JSON report holds it.
     *
     * @param type       stable type code ({@code MISSING_IN_TARGET}...)
     * @param side       the side the flag points at
     * @param sentences  sentence ids on that side
     * @param text       the flagged text
     * @param evidence   why, with the values involved
     * @param confidence 0-1, rounded to 3 decimals as in the JSON
     */
    public record FlagView(String type, Side side, List<Integer> sentences, String text, String evidence,
                           double confidence) {
        public FlagView {
            sentences = List.copyOf(sentences);
        }

        /** {@code TYPE (side): evidence}, as a TMX unit's {@code x-flag} and an XLSX row's flags show a flag. */
        public String line() {
            return type + " (" + side.json() + "): " + evidence;
        }
    }

    /** The view of a result: its JSON report read back. */
    public static ReportView of(AlignmentResult result) {
        return ReportReader.read(JsonReport.tree(result));
    }

    /** The same view with the two documents' titles, which the HTML report shows (null or blank for none). */
    public ReportView titled(String sourceTitle, String targetTitle) {
        return new ReportView(source.titled(sourceTitle), target.titled(targetTitle), paragraphBeads, beads, flags,
                json);
    }

    public SideView side(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    /** A bead's sentences on one side, each stripped, joined by a space; empty when the side is empty. */
    public String text(BeadView bead, Side side) {
        List<String> sentences = side(side).sentences();
        return bead.ids(side).stream().map(id -> sentences.get(id).strip()).collect(Collectors.joining(" "));
    }

    /** The number (from 1) of the first bead that holds one of the flag's sentences on its side; 0 when none does. */
    public int row(FlagView flag) {
        return row(beads, flag);
    }

    /** {@link #row(FlagView)} among these beads. */
    public static int row(List<BeadView> beads, FlagView flag) {
        for (int i = 0; i < beads.size(); i++) {
            if (flag.sentences().stream().anyMatch(beads.get(i).ids(flag.side())::contains)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Flags on one side whose sentences overlap the bead's, in order. */
    public List<FlagView> flags(BeadView bead, Side side) {
        List<Integer> ids = bead.ids(side);
        return flags.stream().filter(f -> f.side() == side && f.sentences().stream().anyMatch(ids::contains))
                .toList();
    }
}
