package io.paralign.api.alignment;

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
record AlignRequest(@NotNull @Valid Text source, @NotNull @Valid Text target, Options options) {

    /**
     * @param lang BCP 47 tag, e.g. {@code fr} or {@code ar}; detected from the text when omitted
     * @param text plain text (paragraphs separated by blank lines or line breaks), or one sentence a line
     */
    record Text(String lang, @NotBlank String text) {
    }

    /** @param preSegmented true when the texts hold one sentence a line and a blank line between paragraphs */
    record Options(Boolean preSegmented) {
    }

    boolean isPreSegmented() {
        return options != null && Boolean.TRUE.equals(options.preSegmented());
    }
}
