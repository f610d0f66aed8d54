package io.paralign.cli.batch;

import java.util.List;

import io.paralign.batch.InputDocument;
import io.paralign.batch.Pairing;
import io.paralign.diverge.Flag;

/**
 * A document with no counterpart, with its one-sided findings (duplicated blocks, boilerplate).
 *
 * @param file       file name as given
 * @param language   BCP 47 tag
 * @param paragraphs paragraph count
 * @param sentences  sentence count
 * @param flags      findings within the document
 * @param nameMate   a document of another language with the same name stem, or null
 * @param warning    why the document is unpaired although it has a name-mate, or null
 * @param likelyMates where its counterpart may be: the name-mate, then the nearest names of another language
 *                    ({@link Pairing#likelyMates})
 */
public record UnpairedRow(String file, String language, int paragraphs, int sentences, List<Flag> flags,
                          String nameMate, String warning, List<String> likelyMates) {
    public UnpairedRow {
        flags = List.copyOf(flags);
        likelyMates = List.copyOf(likelyMates);
    }

    /** A document left unpaired by {@code pairing}, with its name-mate and warning if it has one. */
    public static UnpairedRow of(InputDocument document, Pairing pairing, int paragraphs, int sentences,
                                 List<Flag> flags) {
        String mate = pairing.nameMate(document).map(InputDocument::name).orElse(null);
        return new UnpairedRow(document.name(), document.language(), paragraphs, sentences, flags, mate,
                mate == null ? null : pairing.warning(document),
                pairing.likelyMates(document).stream().map(InputDocument::name).toList());
    }

    /** A document with no name-mate. */
    public UnpairedRow(String file, String language, int paragraphs, int sentences, List<Flag> flags) {
        this(file, language, paragraphs, sentences, flags, null, null, List.of());
    }
}
