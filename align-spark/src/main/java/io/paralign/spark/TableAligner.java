package io.paralign.spark;

import io.paralign.batch.BatchAligner;
import io.paralign.batch.LanguagePair;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.Lexicon;
import java.io.Serializable;
import java.util.List;

/**
 * Aligns a row of the table with the pipeline, as the CLI's {@code batch} aligns a pair: each side segmented (its
 * language checked, or detected for {@code auto}), then aligned with the word pairs given. Serializable, so that Spark
 * ships it to the executors; the pipeline is one per executor JVM ({@link #PIPELINE}).
 */
final class TableAligner implements BatchAligner.PairAligner<TablePair>, Serializable {
    private static final long serialVersionUID = 1L;

    /** One pipeline per JVM, shared by the tasks running in it: it is thread-safe and costly to make. */
    static final AlignmentPipeline PIPELINE = new AlignmentPipeline();

    private final HadoopTexts texts;
    private final boolean preSegmented;

    TableAligner(HadoopTexts texts, boolean preSegmented) {
        this.texts = texts;
        this.preSegmented = preSegmented;
    }

    /** A row missing a language is put with the other rows missing one: it fails in {@link #align} anyway. */
    @Override
    public LanguagePair languages(TablePair pair) {
        return new LanguagePair(pair.sourceLang() == null ? "" : pair.sourceLang(),
                pair.targetLang() == null ? "" : pair.targetLang());
    }

    @Override
    public AlignmentResult align(TablePair pair, Lexicon lexicon) {
        Document[] documents = segmented(pair);
        return PIPELINE.align(documents[0], documents[1], lexicon);
    }

    @Override
    public List<Lexicon.TokenPair> teach(TablePair pair, AlignmentPipeline pipeline) {
        Document[] documents = segmented(pair);
        return pipeline.teaching(documents[0], documents[1]);
    }

    /** The row's source and target, read and segmented. */
    private Document[] segmented(TablePair pair) {
        if (pair.sourceLang() == null || pair.targetLang() == null) {
            throw new PairFailure(ErrorCode.MISSING_FIELD, "no " + (pair.sourceLang() == null ? "source" : "target")
                    + "_lang: give a language tag or auto");
        }
        String source = texts.text("source", pair.source(), pair.sourcePath());
        String target = texts.text("target", pair.target(), pair.targetPath());
        return new Document[] {PIPELINE.segment(Side.SOURCE, source, pair.sourceLang(), preSegmented),
                PIPELINE.segment(Side.TARGET, target, pair.targetLang(), preSegmented)};
    }
}
