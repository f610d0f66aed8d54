package io.paralign.batch;

import io.paralign.model.LanguageTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of another language whose names are nearest an unpaired document's, for a reader looking for its
 * counterpart. A name is compared without its extension and without words naming a language ({@code 001_ar.txt}
 * reads {@code 001}), by Levenshtein distance over the longer name's length; a candidate needs a similarity of
 * {@value #MIN_SIMILARITY} or more, and the nearest {@value #LIMIT} are kept, nearest first (ties in the order
 * given).
 */
final class NameNeighbours {
    static final double MIN_SIMILARITY = 0.5;
    static final int LIMIT = 3;

    private NameNeighbours() {
    }

    static List<InputDocument> of(InputDocument document, List<InputDocument> documents) {
        String name = bare(document.name());
        String language = LanguageTags.primary(document.language());
        record Scored(InputDocument document, double similarity) {
        }
        List<Scored> scored = new ArrayList<>();
        for (InputDocument other : documents) {
            if (!LanguageTags.primary(other.language()).equals(language)) {
                double similarity = similarity(name, bare(other.name()));
                if (similarity >= MIN_SIMILARITY) {
                    scored.add(new Scored(other, similarity));
                }
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(s -> -s.similarity())).limit(LIMIT)
                .map(Scored::document).toList();
    }

    /** The name's words, less those naming a language, joined by {@code -}. */
    static String bare(String name) {
        return String.join("-", NameStems.words(name).stream()
                .filter(w -> LanguageWords.language(w).isEmpty()).toList());
    }

    /** 1 less the Levenshtein distance over the longer length; 1 for two empty names. */
    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The name-mate first when there is one, then the nearest names, each once. */
    static List<InputDocument> withMate(InputDocument mate, List<InputDocument> nearest) {
        Set<InputDocument> all = new LinkedHashSet<>();
        if (mate != null) {
            all.add(mate);
        }
        all.addAll(nearest);
        return List.copyOf(all);
    }
}
