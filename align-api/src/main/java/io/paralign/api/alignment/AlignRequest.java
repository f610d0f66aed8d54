package io.paralign.api.alignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST /api/v1/alignments}.
 *
 * @param source  the source text and its language
 * @param target  the target text and its language
 * @param options how the texts are laid out; may be omitted
 */
@Schema(description = "Two texts to align")
record AlignRequest(@Schema(description = "the source text and its language") @NotNull @Valid Text source,
                    @Schema(description = "the target text and its language") @NotNull @Valid Text target,
                    @Schema(description = "how the texts are laid out; may be left out") Options options) {

    /**
     * @param lang BCP 47 tag, e.g. {@code fr} or {@code ar}; detected from the text when omitted
     * @param text plain text (paragraphs separated by blank lines or line breaks), or one sentence a line
     */
    @Schema(description = "A text and its language")
    record Text(@Schema(description = "BCP 47 tag of a supported language; left out or auto: detected",
                        example = "fr") String lang,
                @Schema(description = "plain text, paragraphs separated by line breaks or blank lines")
                @NotBlank String text) {
    }

    /** @param preSegmented true when the texts hold one sentence a line and a blank line between paragraphs */
    @Schema(description = "How the texts are laid out")
    record Options(@Schema(description = "true when both texts hold one sentence a line, a blank line between "
            + "paragraphs") Boolean preSegmented) {
    }

    boolean isPreSegmented() {
        return options != null && Boolean.TRUE.equals(options.preSegmented());
    }
}
