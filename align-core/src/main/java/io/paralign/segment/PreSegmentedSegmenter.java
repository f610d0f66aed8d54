package io.paralign.segment;

import io.paralign.model.Document;
import io.paralign.model.ParagraphStyle;
import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads text that is already split into sentences, one a line, as hunalign, Vecalign and Bertalign
 * take it ({@code .sent}); a blank line marks a paragraph break ({@code .psent}). Lines are not
 * re-split, and sentence ids count non-blank lines only, so the n-th non-blank line of the file is
 * sentence n.
 *
 * <p>With blank lines between sentences the style is {@link ParagraphStyle#BLANK_LINE} and each block
 * is a paragraph. Without, the style is {@link ParagraphStyle#LINE} but the file carries no paragraph
 * information, so the whole text is one paragraph holding every sentence. A paragraph of a single
 * sentence is a heading by the same rule as {@link IcuSegmenter}'s. Spans index the original text and
 * exclude surrounding whitespace. Thread-safe and stateless.
 */
public final class PreSegmentedSegmenter implements Segmenter {
    private final HeadingRule headingRule = new HeadingRule();

    public PreSegmentedSegmenter() {
        // stateless
    }

    @Override
    public Document segment(String text, String language) {
        Inputs.checkText(text);
        String tag = Inputs.checkLanguage(language).toLanguageTag();
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
