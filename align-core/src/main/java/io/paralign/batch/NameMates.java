package io.paralign.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.paralign.model.LanguageTags;

/** The name-mate couples of a folder ({@link NameStems}), keyed as {@link DocumentPairer#key} keys couples. */
final class NameMates {
    private NameMates() {
    }

    /** Every cross-language couple of documents that share a stem. */
    static Set<Long> couples(List<InputDocument> documents) {
        Map<String, List<Integer>> byStem = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            InputDocument document = documents.get(i);
            for (String stem : NameStems.of(document.name(), LanguageTags.primary(document.language()))) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> couples = new LinkedHashSet<>();
        for (List<Integer> group : byStem.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    if (DocumentPairer.crossLanguage(documents, group.get(a), group.get(b))) {
                        couples.add(DocumentPairer.key(group.get(a), group.get(b)));
                    }
                }
            }
        }
        return couples;
    }

    /** For each unpaired document with a name-mate, its first mate in input order. */
    static Map<InputDocument, InputDocument> of(List<InputDocument> unpaired, Set<Long> couples,
                                                List<InputDocument> documents) {
        Set<InputDocument> alone = new HashSet<>(unpaired);
        Map<InputDocument, InputDocument> mates = new HashMap<>();
        for (long couple : couples) {
            InputDocument a = documents.get(Couples.first(couple));
            InputDocument b = documents.get(Couples.second(couple));
            if (alone.contains(a)) {
                mates.merge(a, b, (x, y) -> documents.indexOf(x) <= documents.indexOf(y) ? x : y);
            }
            if (alone.contains(b)) {
                mates.merge(b, a, (x, y) -> documents.indexOf(x) <= documents.indexOf(y) ? x : y);
            }
        }
        return mates;
    }
}
