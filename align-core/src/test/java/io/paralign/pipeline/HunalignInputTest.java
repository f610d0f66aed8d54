package io.paralign.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.align.Bead;
import io.paralign.model.Document;
import io.paralign.model.Sentence;
import io.paralign.segment.IcuSegmenter;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed pair written as pre-segmented text two ways, one sentence a line with a blank line or with hunalign's
 * {@code <p>} line between paragraphs, aligns the same way: the marks are no sentences and make no beads.
 */
class HunalignInputTest {
    private final AlignmentPipeline pipeline = new AlignmentPipeline();

    /** The document's sentences one a line, paragraphs separated by {@code separator}. */
    private static String preSegmented(Document d, String separator) {
        return d.paragraphs().stream()
                .map(p -> d.sentencesOf(p).stream().map(s -> s.text().replaceAll("\\s+", " ")).collect(Collectors.joining("\n")))
                .collect(Collectors.joining(separator, "", "\n"));
    }

    private static String seed(String name, String language, String separator) throws IOException {
        return preSegmented(new IcuSegmenter().segment(SeedPairTest.read(name), language), separator);
    }

    private AlignmentResult align(String separator) throws IOException {
        return pipeline.align(seed("000_8309a08ed0edb24a.txt", "ar", separator), "ar",
                seed("001_d60f469c9e1ad6ee.txt", "fr", separator), "fr", true);
    }

    private static List<String> beads(AlignmentResult r) {
        return r.beads().stream().map(b -> b.source() + ":" + b.target() + " " + b.score() + " " + b.confidence()).toList();
    }

    @Test
    void paragraphMarksAlignAsBlankLines() throws IOException {
        AlignmentResult blank = align("\n\n");
        AlignmentResult marked = align("\n<p>\n");
        assertTrue(marked.source().sentences().stream().map(Sentence::text).noneMatch(t -> t.contains("<p>")));
        assertTrue(marked.target().sentences().stream().map(Sentence::text).noneMatch(t -> t.contains("<p>")));
        assertEquals(blank.source().paragraphs().size(), marked.source().paragraphs().size());
        assertEquals(blank.target().paragraphs().size(), marked.target().paragraphs().size());
        assertEquals(beads(blank), beads(marked));
        assertEquals(blank.paragraphBeads(), marked.paragraphBeads());
        assertEquals(blank.flags().stream().map(f -> f.type() + " " + f.side() + " " + f.sentences()).toList(),
                marked.flags().stream().map(f -> f.type() + " " + f.side() + " " + f.sentences()).toList());
    }

    @Test
    void sentenceIdsCountSentencesNotMarks() throws IOException {
        AlignmentResult marked = align("\n<p>\n");
        Document icu = new IcuSegmenter().segment(SeedPairTest.read("000_8309a08ed0edb24a.txt"), "ar");
        assertEquals(icu.sentenceCount(), marked.source().sentenceCount());
        int covered = marked.beads().stream().mapToInt(b -> b.source().size()).sum();
        assertEquals(marked.source().sentenceCount(), covered, "every sentence in exactly one bead");
        Bead last = marked.beads().get(marked.beads().size() - 1);
        assertTrue(last.source().isEmpty() || last.source().get(last.source().size() - 1) == icu.sentenceCount() - 1);
    }
}
