package io.paralign.api.alignment;

import io.paralign.diverge.FlagType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of an alignment's body and of its pages of pairs and flags, for the OpenAPI description only: the
 * controller serves the body as stored (align-core's {@code JsonReport} with {@code id}, {@code createdAt} and
 * {@code pairs}; {@link AlignmentBody}). {@code OpenApiIT} checks these records name exactly the fields a body has.
 */
final class BodySchema {
    private BodySchema() {
    }

    @Schema(name = "Alignment", description = "An alignment as computed when it was created")
    record Alignment(
            @Schema(description = "the alignment's id (a UUID)") String id,
            @Schema(description = "when it was created, ISO-8601 in UTC") String createdAt,
            @Schema(description = "the source text: language, paragraphs and sentences") Document source,
            @Schema(description = "the target text: language, paragraphs and sentences") Document target,
            @Schema(description = "the length model the sentence alignment used") LengthModel lengthModel,
            @Schema(description = "paragraph beads: which source paragraphs align with which target ones")
            List<ParagraphBead> paragraphBeads,
            @Schema(description = "sentence beads, in text order") List<Bead> beads,
            @Schema(description = "divergences found") List<Flag> flags,
            @Schema(description = "how much of each side is aligned") Coverage coverage,
            @Schema(description = "limits the alignment reached (e.g. ANCHORS_CAPPED)") List<Warning> warnings,
            @Schema(description = "one per sentence bead, with its texts and the flags on it") List<Pair> pairs) {
    }

    @Schema(name = "Document", description = "One side of an alignment, segmented")
    record Document(
            @Schema(description = "the language used, a BCP 47 tag (given, or detected)", example = "fr")
            String language,
            @Schema(description = "present only when the language was detected (left out or auto)")
            LanguageDetected languageDetected,
            @Schema(description = "how paragraphs were told apart", allowableValues = {"line", "blank_line"})
            String paragraphStyle,
            @Schema(description = "the paragraphs, in order") List<Paragraph> paragraphs,
            @Schema(description = "the sentences, in order") List<Sentence> sentences) {
    }

    @Schema(name = "LanguageDetected", description = "The language detected for a side, and how sure")
    record LanguageDetected(
            @Schema(description = "the detected language's primary subtag", example = "ar") String language,
            @Schema(description = "how sure the detection is, 0 to 1", example = "0.99") double confidence) {
    }

    @Schema(name = "Paragraph", description = "A paragraph, by character offsets into its text")
    record Paragraph(
            @Schema(description = "0-based index") int id,
            @Schema(description = "offset of its first character") int start,
            @Schema(description = "offset after its last character") int end,
            @Schema(description = "true when it reads as a heading") boolean heading,
            @Schema(description = "id of its first sentence") int firstSentence,
            @Schema(description = "number of its sentences") int sentenceCount) {
    }

    @Schema(name = "Sentence", description = "A sentence, by character offsets into its text")
    record Sentence(
            @Schema(description = "0-based index") int id,
            @Schema(description = "id of its paragraph") int paragraph,
            @Schema(description = "offset of its first character") int start,
            @Schema(description = "offset after its last character") int end,
            @Schema(description = "true when it reads as a heading") boolean heading,
            @Schema(description = "its text") String text) {
    }

    @Schema(name = "LengthModel", description = "Target length per source length (Gale & Church)")
    record LengthModel(
            @Schema(description = "mean target characters per source character") double ratio,
            @Schema(description = "variance per source character") double variance) {
    }

    @Schema(name = "ParagraphBead", description = "Source paragraphs aligned with target paragraphs")
    record ParagraphBead(
            @Schema(description = "source paragraph ids, empty when the target ones have no counterpart")
            List<Integer> source,
            @Schema(description = "target paragraph ids, empty when the source ones have no counterpart")
            List<Integer> target) {
    }

    @Schema(name = "Bead", description = "Source sentences aligned with target sentences")
    record Bead(
            @Schema(description = "source sentence ids") List<Integer> source,
            @Schema(description = "target sentence ids") List<Integer> target,
            @Schema(description = "the bead's shape, source count - target count", example = "2-1") String type,
            @Schema(description = "the bead's cost; lower is a better match") double score,
            @Schema(description = "how sure the aligner is of this bead, 0 to 1") double confidence,
            @Schema(description = "anchors found on both sides (at most 50)") List<Anchor> anchors) {
    }

    @Schema(name = "Anchor", description = "A token matched across the two sides of a bead")
    record Anchor(
            @Schema(description = "what kind of anchor", allowableValues = {"number", "latin", "name"}) String kind,
            @Schema(description = "as written on the source side") String source,
            @Schema(description = "as written on the target side") String target) {
    }

    @Schema(name = "Flag", description = "A divergence: something not translated alike, with its evidence")
    record Flag(
            @Schema(description = "the kind of divergence, a stable code") FlagType type,
            @Schema(description = "the side the flagged text is on", allowableValues = {"source", "target"})
            String side,
            @Schema(description = "id of the paragraph on that side") int paragraph,
            @Schema(description = "ids of the sentences on that side") List<Integer> sentences,
            @Schema(description = "offset of the flagged text's first character") int start,
            @Schema(description = "offset after its last character") int end,
            @Schema(description = "the flagged text") String text,
            @Schema(description = "why it was flagged (at most 500 characters)") String evidence,
            @Schema(description = "how sure the detector is, 0 to 1") double confidence) {
    }

    @Schema(name = "Coverage", description = "How much of each side is aligned")
    record Coverage(
            @Schema(description = "the source side's coverage") SideCoverage source,
            @Schema(description = "the target side's coverage") SideCoverage target) {
    }

    @Schema(name = "SideCoverage", description = "How much of one side is aligned, by sentences and characters")
    record SideCoverage(
            @Schema(description = "sentences on this side") int sentences,
            @Schema(description = "sentences in a bead with the other side") int alignedSentences,
            @Schema(description = "alignedSentences / sentences") double sentenceShare,
            @Schema(description = "characters of its sentences") int characters,
            @Schema(description = "characters of aligned sentences") int alignedCharacters,
            @Schema(description = "alignedCharacters / characters") double characterShare) {
    }

    @Schema(name = "Warning", description = "A limit the alignment reached")
    record Warning(
            @Schema(description = "a stable code", example = "ANCHORS_CAPPED") String code,
            @Schema(description = "what was limited, and how much") String message) {
    }

    @Schema(name = "Pair", description = "A sentence bead with its texts")
    record Pair(
            @Schema(description = "the bead's index in beads") int index,
            @Schema(description = "source sentence ids") List<Integer> source,
            @Schema(description = "target sentence ids") List<Integer> target,
            @Schema(description = "the bead's shape", example = "1-1") String type,
            @Schema(description = "the bead's cost; lower is a better match") double score,
            @Schema(description = "how sure the aligner is, 0 to 1") double confidence,
            @Schema(description = "its source sentences' text") String sourceText,
            @Schema(description = "its target sentences' text") String targetText,
            @Schema(description = "indices into the alignment's flags of the flags on its sentences")
            List<Integer> flags) {
    }

    @Schema(name = "PairPage", description = "One page of an alignment's pairs")
    record PairPage(
            @Schema(description = "the page, 0-based") int page,
            @Schema(description = "the page size asked for") int size,
            @Schema(description = "number of pairs in all") long total,
            @Schema(description = "this page's pairs") List<Pair> items) {
    }

    @Schema(name = "FlagPage", description = "An alignment's flags, those asked for, all in one page")
    record FlagPage(
            @Schema(description = "always 0") int page,
            @Schema(description = "the number of flags returned") int size,
            @Schema(description = "the number of flags returned") long total,
            @Schema(description = "the flags") List<Flag> items) {
    }
}
