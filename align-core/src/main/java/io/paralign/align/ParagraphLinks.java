package io.paralign.align;

import io.paralign.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Paragraph beads read off the sentence beads, so the two levels always agree: paragraphs joined by an aligned
 * sentence pair belong to one bead (a contiguous run on each side, monotone because sentence beads are), and a
 * paragraph none of whose sentences is aligned is a bead of its own with an empty other side.
 */
public final class ParagraphLinks {
    private ParagraphLinks() {
    }

    public static List<Bead> of(Document source, Document target, List<Bead> sentenceBeads) {
        Builder builder = new Builder();
        for (Bead bead : sentenceBeads) {
            if (bead.isMatch()) {
                builder.link(paragraph(source, bead.source().get(0)), paragraph(source, last(bead.source())),
                        paragraph(target, bead.target().get(0)), paragraph(target, last(bead.target())));
            }
        }
        return builder.finish(source.paragraphs().size(), target.paragraphs().size());
    }

    private static int paragraph(Document document, int sentence) {
        return document.sentence(sentence).paragraph();
    }

    private static int last(List<Integer> ids) {
        return ids.get(ids.size() - 1);
    }

    /** Grows runs of linked paragraphs, emitting unlinked paragraphs between runs. */
    private static final class Builder {
        private final List<Bead> beads = new ArrayList<>();
        private int sourceFrom = -1;
        private int sourceTo;
        private int targetFrom;
        private int targetTo;
        private int nextSource;
        private int nextTarget;

        void link(int s0, int s1, int t0, int t1) {
            if (sourceFrom >= 0 && (s0 <= sourceTo || t0 <= targetTo)) {
                sourceTo = Math.max(sourceTo, s1);
                targetTo = Math.max(targetTo, t1);
                return;
            }
            flush();
            unlinked(s0, t0);
            sourceFrom = s0;
            sourceTo = s1;
            targetFrom = t0;
            targetTo = t1;
        }

        List<Bead> finish(int sourceParagraphs, int targetParagraphs) {
            flush();
            unlinked(sourceParagraphs, targetParagraphs);
            return List.copyOf(beads);
        }

        private void flush() {
            if (sourceFrom >= 0) {
                beads.add(new Bead(range(sourceFrom, sourceTo + 1), range(targetFrom, targetTo + 1), 0, 0));
                nextSource = sourceTo + 1;
                nextTarget = targetTo + 1;
                sourceFrom = -1;
            }
        }

        private void unlinked(int sourceUntil, int targetUntil) {
            for (int p = nextSource; p < sourceUntil; p++) {
                beads.add(new Bead(List.of(p), List.of(), 0, 0));
            }
            for (int p = nextTarget; p < targetUntil; p++) {
                beads.add(new Bead(List.of(), List.of(p), 0, 0));
            }
            nextSource = Math.max(nextSource, sourceUntil);
            nextTarget = Math.max(nextTarget, targetUntil);
        }

        private static List<Integer> range(int from, int to) {
            return IntStream.range(from, to).boxed().toList();
        }
    }
}
