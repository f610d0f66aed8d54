package io.paralign.diverge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DuplicateBlockDetector} on pre-segmented English documents, the flags written out by hand. */
class DuplicateBlockDetectorTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static final String OPENED = "The museum reopened on Saturday after two years of works.";
    private static final String SHOWS = "It shows modern paintings from private collections.";
    private static final String TICKETS = "Tickets are sold at the door only.";
    /** 40 characters: the shortest block flagged. */
    private static final String ENTRY = "Entry is free for every child under ten.";

    private static List<Flag> detect(String... paragraphs) {
        Document document = PIPELINE.segment(String.join("\n\n", paragraphs) + "\n", "en", true);
        return new DuplicateBlockDetector().detect(document, Side.SOURCE);
    }

    @Test
    void aRepeatedParagraphIsOneFlagAndARepeatedSentenceAnother() {
        // sentences: 0, 1 (paragraph 0); 2 (1); 3, 4 (2, the copy of 0); 5 (3); 6 (4, the copy of 3)
        List<Flag> flags = detect(OPENED + "\n" + SHOWS, TICKETS, OPENED + "\n" + SHOWS, ENTRY, ENTRY);
        assertEquals(2, flags.size(), flags.toString());
        Flag block = flags.get(0);
        assertEquals(FlagType.DUPLICATE_BLOCK, block.type());
        assertEquals(List.of(3, 4), block.sentences());
        assertEquals(2, block.paragraph());
        assertEquals(OPENED + "\n" + SHOWS, block.text());
        assertEquals("sentences 3-4 (paragraph 2) repeat paragraph 0 word for word", block.evidence());
        assertEquals(0.95, block.confidence());
        Flag sentence = flags.get(1);
        assertEquals(List.of(6), sentence.sentences());
        assertEquals(ENTRY, sentence.text());
        assertEquals("sentence 6 (paragraph 4) repeats paragraph 3 word for word", sentence.evidence());
    }

    @Test
    void sentencesRepeatedAcrossParagraphsNameEveryParagraph() {
        // sentences 4 and 5 repeat sentences of paragraphs 0 and 1, and sit in paragraphs 2 and 3
        List<Flag> flags = detect(OPENED, SHOWS + "\n" + TICKETS, "Closing words of a paragraph here.\n" + OPENED,
                SHOWS + "\nA new sentence ends the text.");
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(List.of(4, 5), flags.get(0).sentences());
        assertEquals("sentences 4-5 (paragraphs 2-3) repeat paragraphs 0-1 word for word", flags.get(0).evidence());
    }

    @Test
    void shortRepeatsAreNoBlocks() {
        // 39 characters
        String shorter = "Entry is free for every child under te.";
        assertEquals(List.of(), detect(shorter, shorter));
        assertEquals(List.of(), detect("Non, non.", "Non, non."));
        assertEquals(List.of(), detect(OPENED, SHOWS));
    }
}
