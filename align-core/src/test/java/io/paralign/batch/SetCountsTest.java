package io.paralign.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.pipeline.AlignmentPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetCountsTest {
    private static final AlignmentPipeline PIPELINE = new AlignmentPipeline();
    private static final SyntheticSet SET = new SyntheticSet(3);
    private static final BatchAligner.PairAligner<SyntheticSet.Pair> ALIGNER = SET.aligner(PIPELINE, Set.of());
    private static final LanguagePair DE_FR = new LanguagePair("de", "fr");


    /** The set counted in parts of the given sizes (in this order), each part serialized and read back, merged. */
    private static SetCounts inParts(List<SyntheticSet.Pair> pairs, BatchAligner.PairAligner<SyntheticSet.Pair> aligner,
                                     int... sizes) throws IOException, ClassNotFoundException {
        List<SetCounts> parts = new ArrayList<>();
        int from = 0;
        for (int size : sizes) {
            parts.add(copy(new BatchAligner(PIPELINE).count(pairs.subList(from, from + size).iterator(), aligner)));
            from += size;
        }
        assertEquals(pairs.size(), from);
        Collections.reverse(parts);
        SetCounts merged = new SetCounts();
        parts.forEach(merged::merge);
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void partsCountedApartSerializedAndMergedInAnyOrderLearnWhatTheWholeSetLearns() throws Exception {
        List<SyntheticSet.Pair> pairs = new ArrayList<>(SET.pairs("de", "de", "fr", 14, 4));
        pairs.addAll(SET.pairs("en", "en", "fr", 3, 5));
        Collections.shuffle(pairs, new Random(2));
        SetLexicons whole = new BatchAligner(PIPELINE).learn(pairs, ALIGNER, Runnable::run);
        assertTrue(whole.of(DE_FR).size() > 20, "word pairs to compare: " + whole.of(DE_FR).size());
        assertEquals(whole, inParts(pairs, ALIGNER, 17).learn(PIPELINE));
        assertEquals(whole, inParts(pairs, ALIGNER, 5, 0, 1, 11).learn(PIPELINE));
        assertEquals(whole, inParts(pairs, ALIGNER, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
                .learn(PIPELINE));
    }

    @Test
    void aLearnedLexiconSurvivesSerialization() throws Exception {
        SetLexicons learned = new BatchAligner(PIPELINE).learn(SET.pairs("de", "de", "fr", 6, 4), ALIGNER,
                Runnable::run);
        assertTrue(learned.of(DE_FR).size() > 0);
        SetLexicons copied = copy(learned);
        assertEquals(learned, copied);
        assertEquals(learned.of(DE_FR).translations("x"), copied.of(DE_FR).translations("x"));
    }

    @Test
    void aFailedPairCountsAsADocumentAndTeachesNothing() throws Exception {
        List<SyntheticSet.Pair> two = SET.pairs("de", "de", "fr", 2, 4);
        SetCounts oneFailed = inParts(two, failing(Set.of("de1")), 1, 1);
        assertEquals(2, oneFailed.documents(DE_FR));
        SetCounts alone = inParts(two.subList(0, 1), ALIGNER, 1);
        assertEquals(1, alone.documents(DE_FR));
        assertSame(SetLexicons.NONE, alone.learn(PIPELINE), "one document learns nothing over the set");
        assertEquals(Map.of(DE_FR, 0), oneFailed.learn(PIPELINE).levels(), "two documents, one of them failed");
    }

    @Test
    void nothingCountedLearnsNothing() {
        assertSame(SetLexicons.NONE, new SetCounts().learn(PIPELINE));
        assertEquals(0, new SetCounts().merge(new SetCounts()).documents(DE_FR));
    }

    /** Aligns generated pairs; the pairs named throw. */
    private static BatchAligner.PairAligner<SyntheticSet.Pair> failing(Set<String> names) {
        return SET.aligner(PIPELINE, names);
    }
}
