package io.paralign.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.paralign.cancel.Cancellation;
import io.paralign.model.Document;
import io.paralign.model.Span;
import java.util.List;

/**
 * Segments raw text: paragraphs from line layout, sentences from ICU's rule-based sentence break
 * iterator (Unicode UAX #29 with the locale's abbreviation list) plus per-language fix-ups.
 *
 * <ul>
 *   <li>Paragraphs: one per non-blank line ({@link io.paralign.model.ParagraphStyle#LINE}), or one per
 *       block of lines between blank lines ({@link io.paralign.model.ParagraphStyle#BLANK_LINE}) when
 *       blank lines separate paragraphs that are single lines or hard-wrapped.</li>
 *   <li>Headings: a paragraph that is one sentence on a single short line without final punctuation
 *       (up to 12 words and 100 characters, or 20 words and 160 characters for the first paragraph,
 *       a title).</li>
 *   <li>French: abbreviations ICU misses ({@code Mme.}, {@code Dr.}, {@code cf.}, initials) do not
 *       end a sentence; closing {@code »}, quotes and brackets stay with the sentence they close.</li>
 *   <li>Arabic: also splits after {@code …} followed by more text, outside quotations; {@code ؛} does
 *       not split.</li>
 * </ul>
 * Spans index the original text (a leading byte order mark is skipped, not removed) and exclude
 * surrounding whitespace. Thread-safe and stateless.
 */
public final class IcuSegmenter implements Segmenter {
    private final ParagraphSplitter paragraphSplitter = new ParagraphSplitter();
    private final HeadingRule headingRule = new HeadingRule();

    public IcuSegmenter() {
        // stateless; the sentence rules are chosen per call from the language
    }

    @Override
    public Document segment(String text, String language) {
        SegmenterArguments.checkText(text);
        ULocale locale = SegmenterArguments.checkLanguage(language);
        SentenceSplitter sentences = SentenceRules.forLanguage(locale);
        ParagraphSplitter.Layout layout = paragraphSplitter.split(text);
        DocumentBuilder document = new DocumentBuilder(text);
        BreakIterator iterator = sentences.iterator();
        for (Span paragraph : layout.paragraphs()) {
            Cancellation.check("segmentation");
            List<Span> spans = sentences.split(text, paragraph, iterator);
            boolean heading = spans.size() == 1 && headingRule.isHeading(text, paragraph, document.isEmpty());
            document.add(paragraph, spans, heading);
        }
        return document.build(locale.toLanguageTag(), layout.style());
    }
}
