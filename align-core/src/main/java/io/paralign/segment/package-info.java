/**
 * Segmentation, the first stage of the pipeline: a plain text becomes a
 * {@link io.paralign.model.Document} of paragraphs and sentences whose spans index the original text.
 *
 * <p>Two public {@link io.paralign.segment.Segmenter}s:
 * {@link io.paralign.segment.IcuSegmenter} for raw text (paragraphs from line layout, sentences from
 * ICU's UAX #29 break iterator corrected by per-language fix-ups), and
 * {@link io.paralign.segment.PreSegmentedSegmenter} for one-sentence-a-line files such as the
 * {@code .sent} / {@code .psent} inputs of hunalign, Vecalign and Bertalign.
 *
 * <p>The pieces are package-private: {@code ParagraphSplitter} (paragraph style), {@code HeadingRule},
 * {@code SentenceSplitter} with its {@code BreakFixup}s ({@code FrenchAbbreviations},
 * {@code ClosingPunctuation}, {@code Continuation}, {@code EllipsisBreaks}), composed per
 * language in one place, {@code SentenceRules}.
 *
 * <p>Internal: the pipeline segments; its public types are public for the pipeline only.
 */
package io.paralign.segment;
