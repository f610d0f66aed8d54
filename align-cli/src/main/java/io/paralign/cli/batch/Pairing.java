package io.paralign.cli.batch;

import java.util.List;

/**
 * The outcome of pairing a folder.
 *
 * @param pairs    the pairs, best score first
 * @param unpaired documents with no counterpart, in input order
 */
public record Pairing(List<DocumentPair> pairs, List<InputDocument> unpaired) {
    public Pairing {
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
    }
}
