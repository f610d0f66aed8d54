/**
 * Anchors: things in a sentence that survive translation and tie its two versions together.
 *
 * <p>{@link io.paralign.anchor.StandardAnchorExtractor} runs four extractors and returns their anchors in text
 * order: numbers in every digit set and separator convention ({@link io.paralign.anchor.AnchorKind#NUMBER}), Latin
 * tokens inside non-Latin text ({@link io.paralign.anchor.AnchorKind#LATIN}), name candidates
 * ({@link io.paralign.anchor.AnchorKind#NAME}: capitalized words in cased scripts, every word in Arabic and Hebrew)
 * and punctuation ({@link io.paralign.anchor.AnchorKind#PUNCT}). {@link io.paralign.anchor.NameMatcher} decides
 * whether two anchors correspond.
 *
 * <p>Names are compared across scripts by consonant skeleton: text in another script is romanized with ICU
 * transliteration ({@code Any-Latin; Latin-ASCII}, see the ICU User Guide, "Transforms"), which for Arabic gives the
 * consonants and long vowels (هواوي → {@code hwawy}); letters are then mapped to sound classes so that Latin
 * spellings meet the romanized ones (Huawei → {@code hwawy}).
 *
 * <p>Spans are UTF-16 offsets into the document's original text; keys are computed on normalized text. All types
 * are immutable or hold only stateless ICU objects and concurrent caches: share one extractor between threads.
 *
 * <p>Internal, but for the types a result's beads carry ({@link io.paralign.anchor.AnchorPairing.Pair},
 * {@link io.paralign.anchor.Anchor}, {@link io.paralign.anchor.AnchorKind}).
 */
package io.paralign.anchor;
