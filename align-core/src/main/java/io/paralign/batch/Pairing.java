package io.paralign.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of pairing a folder.
 *
 * @param pairs     the pairs, best score first
 * @param unpaired  documents with no counterpart, in input order
 * @param nameMates for an unpaired document whose name has a mate in another language (left out because the
 *                  anchors contradicted it, or because the mate was paired with a better match), that mate
 */
public record Pairing(List<DocumentPair> pairs, List<InputDocument> unpaired, Map<InputDocument, InputDocument> nameMates) {
    public Pairing {
        pairs = List.copyOf(pairs);
        unpaired = List.copyOf(unpaired);
        nameMates = Map.copyOf(nameMates);
    }

    public Pairing(List<DocumentPair> pairs, List<InputDocument> unpaired) {
        this(pairs, unpaired, Map.of());
    }

    /** The name-mate of an unpaired document, if it has one. */
    public Optional<InputDocument> nameMate(InputDocument unpaired) {
        return Optional.ofNullable(nameMates.get(unpaired));
    }

    /**
     * Where a reader might look for an unpaired document's counterpart: its name-mate if it has one, then the
     * documents of another language with the nearest names ({@link NameNeighbours}), at most four in all.
     */
    public List<InputDocument> likelyMates(InputDocument unpaired) {
        List<InputDocument> documents = new ArrayList<>();
        pairs.forEach(p -> {
            documents.add(p.source());
            documents.add(p.target());
        });
        documents.addAll(this.unpaired);
        return NameNeighbours.withMate(nameMates.get(unpaired), NameNeighbours.of(unpaired, documents));
    }

    /** One warning per unpaired document that has a name-mate, for standard error and the summaries. */
    public List<String> warnings() {
        return unpaired.stream().filter(nameMates::containsKey).map(this::warning).toList();
    }

    /** Why a document with a name-mate is unpaired, on one line. */
    public String warning(InputDocument document) {
        InputDocument mate = nameMates.get(document);
        String fate = pairs.stream().filter(p -> p.source().equals(mate) || p.target().equals(mate)).findFirst()
                .map(p -> "it was paired with " + (p.source().equals(mate) ? p.target() : p.source()).name()
                        + " by " + p.pairedBy().code())
                .orElse("the anchors of the two contradict their names");
        return document.name() + ": left unpaired although its name-mate " + mate.name() + " exists (" + fate + ")";
    }
}
