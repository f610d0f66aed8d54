package io.paralign.segment;

import io.paralign.model.Document;
import io.paralign.model.ParagraphStyle;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text that is already split into sentences, one a line, as hunalign, Vecalign and Bertalign
 * take it ({@code .sent}); a blank line marks a paragraph break ({@code .psent}), and so does a line
 * holding only hunalign's paragraph mark {@code <p>} (spaces around it allowed; a line that merely
 * contains {@code <p>} among other text is a sentence). Lines are not re-split, and sentence ids count
 * sentence lines only, neither blank lines nor {@code <p>} lines, so the n-th such line of the file is
 * sentence n: the ids the Vecalign/Bertalign bead format and the ladder output use.
 *
 * <p>hunalign itself aligns a {@code <p>} line as a virtual sentence that only matches another
 * {@code <p>} and counts it in its ladder's line numbers; here it is read as a blank line is, so the
 * same text with blank lines or with {@code <p>} lines gives the same document (its spans aside) and
 * the same alignment.
 *
 * <p>With paragraph breaks between sentences the style is {@link ParagraphStyle#BLANK_LINE} and each block
 * is a paragraph. Without, the style is {@link ParagraphStyle#LINE} but the file carries no paragraph
 * information, so the whole text is one paragraph holding every sentence. A paragraph of a single
 * sentence is a heading by the same rule as {@link IcuSegmenter}'s. Spans index the original text and
 * exclude surrounding whitespace. Thread-safe and stateless.
 *
 * @see <a href="https://github.com/danielvarga/hunalign">hunalign's README, "File formats"</a>
 */
public final class PreSegmentedSegmenter implements Segmenter {
    private final HeadingRule headingRule = new HeadingRule();

    public PreSegmentedSegmenter() {
        // stateless
    }

    @Override
    public Document segment(String text, String language) {
        SegmenterArguments.checkText(text);
        String tag = SegmenterArguments.checkLanguage(language).toLanguageTag();
        List<List<Span>> blocks = Lines.blocks(text);
        ParagraphStyle style = blocks.size() > 1 ? ParagraphStyle.BLANK_LINE : ParagraphStyle.LINE;
        DocumentBuilder document = new DocumentBuilder(text);
        for (List<Span> block : blocks) {
            List<Span> sentences = new ArrayList<>();
            block.forEach(line -> sentences.add(Lines.trim(text, line.start(), line.end())));
            Span paragraph = sentences.get(0).union(sentences.get(sentences.size() - 1));
            boolean heading = sentences.size() == 1 && headingRule.isHeading(text, paragraph, document.isEmpty());
            document.add(paragraph, sentences, heading);
        }
        return document.build(tag, style);
    }
}
