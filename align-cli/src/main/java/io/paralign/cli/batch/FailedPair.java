package io.paralign.cli.batch;

import io.paralign.batch.PairedBy;
import io.paralign.batch.DocumentPair;

/**
 * A pair whose alignment failed; no report was written for it, so {@code --resume} tries it again.
 *
 * @param source         source file name as given
 * @param target         target file name as given
 * @param folder         the report folder it would have had (empty)
 * @param sourceLanguage BCP 47 tag
 * @param targetLanguage BCP 47 tag
 * @param score          pairing score (1 for manifest pairs)
 * @param reason         one line: the exception's class and message
 * @param pairedBy       how the pair was made, a {@link PairedBy} code
 */
public record FailedPair(String source, String target, String folder, String sourceLanguage, String targetLanguage,
                         double score, String reason, String pairedBy) implements PairOutcome {

    public static FailedPair of(DocumentPair pair, String folder, String reason) {
        return new FailedPair(pair.source().name(), pair.target().name(), folder, pair.source().language(),
                pair.target().language(), pair.score(), reason, pair.pairedBy().code());
    }

    @Override
    public String status() {
        return "failed";
    }
}
