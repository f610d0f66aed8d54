package io.paralign.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.paralign.model.LanguageTags;

/**
 * The anchor scores of the cross-language couples of a folder worth scoring ({@link AnchorProfile#full}), keyed by
 * {@link DocumentPairer#key}: every couple would cost a fuzzy name comparison each, so a document's couples are
 * shortlisted by the cheap exact score first.
 */
final class Couples {
    private final List<InputDocument> documents;
    private final List<AnchorProfile> profiles;
    private final Map<Long, Double> scores = new HashMap<>();
    private final Map<Integer, List<Long>> byDocument = new HashMap<>();

    Couples(List<InputDocument> documents, List<AnchorProfile> profiles) {
        this.documents = documents;
        this.profiles = profiles;
    }

    /** Scores each document's {@value DocumentPairer#CANDIDATES} best couples by exact anchors, a step a document. */
    void scoreShortlist(PairingProgress.Task progress) {
        int n = documents.size();
        double[][] exact = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) { // rows above filled this row's columns before it
                if (DocumentPairer.crossLanguage(documents, i, j)) {
                    exact[i][j] = exact[j][i] = profiles.get(i).exact(profiles.get(j));
                }
            }
            int row = i;
            IntStream.range(0, n).filter(j -> exact[row][j] > 0
                            || DocumentPairer.crossLanguage(documents, row, j) && n <= DocumentPairer.SMALL)
                    .boxed().sorted(Comparator.comparingDouble((Integer j) -> -exact[row][j]))
                    .limit(DocumentPairer.CANDIDATES).forEach(j -> score(DocumentPairer.key(row, j)));
            progress.step();
        }
    }

    /** The anchor score of a couple, computed once. */
    double score(long couple) {
        Double known = scores.get(couple);
        if (known != null) {
            return known;
        }
        int i = first(couple);
        int j = second(couple);
        double score = profiles.get(i).full(profiles.get(j));
        scores.put(couple, score);
        byDocument.computeIfAbsent(i, k -> new ArrayList<>()).add(couple);
        byDocument.computeIfAbsent(j, k -> new ArrayList<>()).add(couple);
        return score;
    }

    Map<Long, Double> scored() {
        return Map.copyOf(scores);
    }

    /**
     * True when the anchors strongly contradict a name-mate couple: the mates' score is under the threshold and one
     * of them scores at least {@value DocumentPairer#CONTRADICTION}, and {@value DocumentPairer#MARGIN} more, with a
     * document that is not its name-mate.
     */
    boolean contradicted(long couple, Set<Long> mates) {
        double own = score(couple);
        if (own >= DocumentPairer.THRESHOLD) {
            return false;
        }
        for (int document : new int[] {first(couple), second(couple)}) {
            for (long other : byDocument.getOrDefault(document, List.of())) {
                double score = scores.get(other);
                if (!mates.contains(other) && score >= DocumentPairer.CONTRADICTION
                        && score >= own + DocumentPairer.MARGIN) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The couple as a pair, its source in {@code source} language when one side is. */
    DocumentPair pair(long couple, double score, PairedBy pairedBy, String source) {
        InputDocument a = documents.get(first(couple));
        InputDocument b = documents.get(second(couple));
        boolean aFirst = LanguageTags.primary(a.language()).equals(source)
                || !LanguageTags.primary(b.language()).equals(source);
        return aFirst ? new DocumentPair(a, b, score, pairedBy) : new DocumentPair(b, a, score, pairedBy);
    }

    static int first(long couple) {
        return (int) (couple >> 32);
    }

    static int second(long couple) {
        return (int) couple;
    }
}
