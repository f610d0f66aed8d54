package io.paralign.pipeline;

import io.paralign.align.Bead;
import io.paralign.align.Confidence;
import io.paralign.align.Coverage;
import io.paralign.align.MergeRate;
import io.paralign.align.ParagraphLinks;
import io.paralign.align.RecursiveAligner;
import io.paralign.align.Shape;
import io.paralign.align.Step;
import io.paralign.align.TwoLevelAligner;
import io.paralign.anchor.AnchorExtractor;
import io.paralign.anchor.AnchorPairing;
import io.paralign.anchor.NameMatcher;
import io.paralign.anchor.StandardAnchorExtractor;
import io.paralign.cancel.Cancellation;
import io.paralign.cancel.CancelledException;
import io.paralign.diverge.AlignedPair;
import io.paralign.diverge.Flag;
import io.paralign.diverge.FlagFinder;
import io.paralign.language.LanguageCheck;
import io.paralign.language.LanguageGuesser;
import io.paralign.language.LanguageMismatchException;
import io.paralign.language.UnknownLanguageException;
import io.paralign.model.Document;
import io.paralign.model.InvalidTextException;
import io.paralign.model.LanguageDetection;
import io.paralign.model.Side;
import io.paralign.normalize.TextNormalizer;
import io.paralign.score.BitextCostModel;
import io.paralign.score.CostParams;
import io.paralign.score.FeatureSpace;
import io.paralign.score.LengthModel;
import io.paralign.score.LengthModels;
import io.paralign.score.Lexicon;
import io.paralign.score.SideText;
import io.paralign.score.StemPairs;
import io.paralign.score.Tokenizer;
import io.paralign.score.WordPairCounts;
import io.paralign.segment.IcuSegmenter;
import io.paralign.segment.PreSegmentedSegmenter;
import io.paralign.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The one entry point: segments two texts, aligns paragraphs then sentences in two passes (the second with the
 * length model and word pairs learned from the first), flags divergences and measures coverage. Thread-safe; one
 * instance can serve many requests.
 */
public final class AlignmentPipeline {
    private static final int LEXICON_MIN_COUNT = 2;
    private static final double LEXICON_MIN_DICE = 0.3;
    private static final int LEXICON_MAX_PER_WORD = 3;
    private static final double CONFIDENT = 0.8;

    private final AlignOptions options;
    private final Segmenter segmenter = new IcuSegmenter();
    private final Segmenter preSegmented = new PreSegmentedSegmenter();
    private final Tokenizer tokenizer = new Tokenizer(TextNormalizer.standard());
    private final AnchorExtractor anchors = new StandardAnchorExtractor();
    private final FlagFinder divergences;
    /** The final alignment. */
    private final TwoLevelAligner aligner;
    /** The first of two passes, which learns the length ratio and word pairs ({@link Shape#COMMON}). */
    private final TwoLevelAligner learningAligner;

    public AlignmentPipeline() {
        this(AlignOptions.defaults());
    }

    public AlignmentPipeline(AlignOptions options) {
        this.options = options;
        this.divergences = new FlagFinder(options.detectors());
        this.aligner = aligner(Shape.SENTENCE);
        this.learningAligner = aligner(Shape.COMMON);
    }

    private TwoLevelAligner aligner(List<Shape> sentenceShapes) {
        return new TwoLevelAligner(new RecursiveAligner(Shape.PARAGRAPH, options.maxCells(), options.bandWidth()),
                new RecursiveAligner(sentenceShapes, options.maxCells(), options.bandWidth()),
                options.paragraphCosts(), options.sentenceCosts());
    }

    /**
     * Segments a text on its own (a document with no counterpart): as {@link #segment(Side, String, String, boolean)},
     * the messages naming no side.
     */
    public Document segment(String text, String language, boolean isPreSegmented) {
        return segment(null, text, language, isPreSegmented);
    }

    /**
     * Segments one side's text: plain text (paragraphs and sentences found with ICU), or pre-segmented (one sentence
     * a line, a blank line between paragraphs). The language given is checked against the text
     * ({@link LanguageCheck}); {@code auto} asks for the language to be told from the text, and the document says
     * how sure that was ({@link Document#detection()}).
     *
     * @throws LanguageMismatchException when the text clearly is not in the language given
     * @throws UnknownLanguageException  for {@code auto}, when the language cannot be told
     */
    public Document segment(Side side, String text, String language, boolean isPreSegmented) {
        Segmenter chosen = isPreSegmented ? preSegmented : segmenter;
        if (!LanguageCheck.isAuto(language)) {
            Document document = chosen.segment(text, language); // checks the text and the tag first
            LanguageCheck.check(side, language, text);
            return document;
        }
        LanguageDetection detection;
        try {
            detection = LanguageGuesser.detect(text);
        } catch (UnknownLanguageException e) {
            chosen.segment(text, "en"); // an empty or letterless text is refused as such
            throw new UnknownLanguageException((side == null ? "text" : side.json()) + ": " + e.getMessage());
        }
        return chosen.segment(text, detection.language()).detected(detection);
    }

    /**
     * Aligns two plain or pre-segmented texts.
     *
     * @throws AlignmentCancelledException when the calling thread is interrupted before the alignment ends
     */
    public AlignmentResult align(String sourceText, String sourceLanguage, String targetText, String targetLanguage,
                                 boolean isPreSegmented) {
        try {
            // each side's language is checked, or detected for auto, as it is segmented
            Document source = segment(Side.SOURCE, sourceText, sourceLanguage, isPreSegmented);
            Cancellation.check("segmentation");
            Document target = segment(Side.TARGET, targetText, targetLanguage, isPreSegmented);
            return alignPrepared(prepared(source, target), Lexicon.EMPTY);
        } catch (CancelledException e) {
            throw new AlignmentCancelledException(e.where(), e);
        }
    }

    /**
     * Aligns two segmented documents.
     *
     * @param lexicon word pairs known beforehand (e.g. learned over a batch); may be {@link Lexicon#EMPTY}
     * @throws AlignmentCancelledException when the calling thread is interrupted before the alignment ends
     */
    public AlignmentResult align(Document source, Document target, Lexicon lexicon) {
        if (source == null || target == null || lexicon == null) {
            throw new InvalidTextException("source, target and lexicon must not be null");
        }
        try {
            return alignPrepared(prepared(source, target), lexicon);
        } catch (CancelledException e) {
            throw new AlignmentCancelledException(e.where(), e);
        }
    }

    /**
     * Aligns a prepared pair; the same result as {@link #align(Document, Document, Lexicon)} of its documents.
     *
     * @param lexicon word pairs known beforehand (e.g. learned over a batch); may be {@link Lexicon#EMPTY}
     * @throws AlignmentCancelledException when the calling thread is interrupted before the alignment ends
     */
    public AlignmentResult align(PreparedPair pair, Lexicon lexicon) {
        if (pair == null || lexicon == null) {
            throw new InvalidTextException("pair and lexicon must not be null");
        }
        try {
            return alignPrepared(pair, lexicon);
        } catch (CancelledException e) {
            throw new AlignmentCancelledException(e.where(), e);
        }
    }

    /**
     * Analyses a pair as far as word pairs known beforehand do not matter ({@link PreparedPair}): what both passes
     * of set-level learning share, {@link #teaching(PreparedPair)} then {@link #align(PreparedPair, Lexicon)}.
     *
     * @throws AlignmentCancelledException when the calling thread is interrupted before it ends
     */
    public PreparedPair prepare(Document source, Document target) {
        if (source == null || target == null) {
            throw new InvalidTextException("source and target must not be null");
        }
        try {
            return prepared(source, target);
        } catch (CancelledException e) {
            throw new AlignmentCancelledException(e.where(), e);
        }
    }

    /** The stages in order; each long one checks for an interrupt, and so does each boundary. */
    private AlignmentResult alignPrepared(PreparedPair pair, Lexicon lexicon) {
        Search search = search(pair, lexicon);
        Document source = pair.source().document();
        Document target = pair.target().document();
        SideAnalysis s = search.source();
        SideAnalysis t = search.target();
        List<Bead> beads = new ArrayList<>(search.pass().sentences().size());
        for (Step step : search.pass().sentences()) {
            Cancellation.check("bead scoring");
            beads.add(bead(step, search.model(), s, t, search.names()));
        }
        List<Bead> paragraphBeads = ParagraphLinks.of(source, target, beads);
        List<Flag> flags = divergences.detect(new AlignedPair(source, target, beads, s.text().anchors(),
                t.text().anchors(), s.keys(), t.keys(), search.length())).stream()
                .filter(f -> f.confidence() >= options.minFlagConfidence()).toList();
        Cancellation.check("divergence detection");
        WarningLog log = search.log();
        return new AlignmentResult(source, target, paragraphBeads, ReportBounds.anchors(beads, log),
                ReportBounds.evidence(flags, log), coverage(source, target, beads), search.length(),
                log.warnings());
    }

    /** Both sides analysed, their anchors linked and the target's features made. */
    private PreparedPair prepared(Document source, Document target) {
        WarningLog log = new WarningLog();
        SideAnalysis s = SideAnalysis.of(source, tokenizer, anchors, Limits.ANCHORS_PER_SENTENCE);
        SideAnalysis t = SideAnalysis.of(target, tokenizer, anchors, Limits.ANCHORS_PER_SENTENCE);
        anchorsCapped(s, t, log);
        NameMatcher.Memo names = new NameMatcher.Memo();
        FeatureSpace.AnchorLinks links = FeatureSpace.AnchorLinks.of(s.text(), t.text(), names,
                Limits.LINK_CANDIDATES);
        if (links.cappedTypes() > 0) {
            log.add("LINK_CANDIDATES_CAPPED", "%d source names or Latin tokens each had more than %d target "
                    + "candidates with the same first letter; each was compared with the first %d and any with an "
                    + "equal key", links.cappedTypes(), Limits.LINK_CANDIDATES, Limits.LINK_CANDIDATES);
        }
        return new PreparedPair(s, t, names, FeatureSpace.Shared.of(t.text(), links), log.warnings());
    }

    /** The bead costs built and the beads found, before they are scored one by one. */
    private Search search(PreparedPair pair, Lexicon lexicon) {
        WarningLog log = new WarningLog(pair.warnings());
        SideAnalysis s = pair.source();
        SideAnalysis t = pair.target();
        LengthModel length = LengthModels.prior(s.document().language(), t.document().language(), s.characters(),
                t.characters());
        FeatureSpace.Shared shared = pair.shared();
        FeatureSpace space = FeatureSpace.build(s.text(), shared, lexicon);
        Cancellation.check("feature building");
        TwoLevelAligner first = options.learnLexicon() ? learningAligner : aligner;
        CostParams sentenceCosts = options.sentenceCosts();
        TwoLevelAligner.Result pass = first.align(space, s.paragraphEnds(), t.paragraphEnds(), length);
        if (options.learnLexicon()) {
            // every 1-1 bead, not only the confident ones: confidence weighs length, so a filter by it would keep
            // the pairs whose ratio is near the prior and teach the prior back to itself
            List<Step> oneToOne = pass.sentences().stream()
                    .filter(st -> st.sourceCount() == 1 && st.targetCount() == 1).toList();
            length = LengthModels.refine(length,
                    oneToOne.stream().mapToInt(st -> s.text().lengths()[st.source()]).toArray(),
                    oneToOne.stream().mapToInt(st -> t.text().lengths()[st.target()]).toArray());
            Lexicon learned = learn(confident(oneToOne, space, length), s.text(), t.text(), log);
            space = FeatureSpace.build(s.text(), shared, lexicon.merge(learned));
            Cancellation.check("learning word pairs");
            sentenceCosts = MergeRate.adapt(sentenceCosts, pass.sentences());
            pass = aligner.withSentenceParams(sentenceCosts).align(space, s.paragraphEnds(), t.paragraphEnds(), length);
        }
        BitextCostModel model = new BitextCostModel(space.source(), space.target(), space.strongAnchor(),
                sentenceCosts, length);
        return new Search(s, t, pass, model, length, pair.names(), log);
    }

    /**
     * What the search of one alignment hands on to scoring and detection.
     *
     * @param model  the bead costs of the final pass
     * @param length the length model of the final pass
     * @param names  name comparisons made so far, reused when the beads' anchors are paired
     * @param log    warnings so far
     */
    private record Search(SideAnalysis source, SideAnalysis target, TwoLevelAligner.Result pass,
                          BitextCostModel model, LengthModel length, NameMatcher.Memo names, WarningLog log) {
    }

    private static void anchorsCapped(SideAnalysis s, SideAnalysis t, WarningLog log) {
        if (s.cappedSentences() + t.cappedSentences() > 0) {
            log.add("ANCHORS_CAPPED", "%d source and %d target sentences held more than %d anchors; the first %d "
                            + "of each were used and %d source and %d target anchors left out",
                    s.cappedSentences(), t.cappedSentences(), Limits.ANCHORS_PER_SENTENCE,
                    Limits.ANCHORS_PER_SENTENCE, s.droppedAnchors(), t.droppedAnchors());
        }
    }

    /**
     * Word pairs learned from the stems of confident 1-1 steps, those short enough to count co-occurrences in
     * ({@link Limits#LEARNING_STEMS}); a warning if not all.
     */
    private static Lexicon learn(List<Step> confident, SideText s, SideText t, WarningLog log) {
        StemPairs pairs = new StemPairs(s, t);
        for (Step step : confident) {
            if (teachable(s.stemIds()[step.source()].length, t.stemIds()[step.target()].length)) {
                pairs.add(step.source(), step.target());
            }
        }
        if (pairs.size() < confident.size()) {
            log.add("LEARNING_PAIRS_SKIPPED", "%d of %d confident sentence pairs held more than %d stems on a side "
                    + "and taught no word pairs", confident.size() - pairs.size(), confident.size(),
                    Limits.LEARNING_STEMS);
        }
        return pairs.learn(LEXICON_MIN_COUNT, LEXICON_MIN_DICE, LEXICON_MAX_PER_WORD);
    }

    private static List<Lexicon.TokenPair> teachable(List<Lexicon.TokenPair> pairs) {
        return pairs.stream().filter(p -> teachable(p.source().size(), p.target().size())).toList();
    }

    private static boolean teachable(int sourceStems, int targetStems) {
        return sourceStems <= Limits.LEARNING_STEMS && targetStems <= Limits.LEARNING_STEMS;
    }

    /**
     * Word pairs learned from many alignments at once (a batch), to feed back into {@link #align}; as within one
     * alignment, sentence pairs over {@link Limits#LEARNING_STEMS} stems a side are left out. The same table as
     * {@link #learnLexicon(WordPairCounts)} after counting the {@link #teaching} of the same results, which need not
     * be kept.
     */
    public Lexicon learnLexicon(List<AlignmentResult> results) {
        List<Lexicon.TokenPair> pairs = new ArrayList<>();
        for (AlignmentResult result : results) {
            pairs.addAll(confidentPairs(result));
        }
        return Lexicon.learn(teachable(pairs), LEXICON_MIN_COUNT, LEXICON_MIN_DICE, LEXICON_MAX_PER_WORD);
    }

    /**
     * What one alignment teaches a set: the stems of its confident 1-1 beads, source and target, each side at most
     * {@link Limits#LEARNING_STEMS} stems; to be counted with {@link WordPairCounts#add}.
     */
    public List<Lexicon.TokenPair> teaching(AlignmentResult result) {
        return teachable(confidentPairs(result));
    }

    /**
     * What a pair teaches a set, found without a result: the same sentence pairs as {@link #teaching(AlignmentResult)}
     * of {@code align(source, target, Lexicon.EMPTY)}, but the beads' anchors, the flags, the coverage and the tokens
     * read again from the text, which teaching does not use, are not made. Set-level learning's first pass aligns
     * every pair of a set this way.
     *
     * @throws AlignmentCancelledException when the calling thread is interrupted before it ends
     */
    public List<Lexicon.TokenPair> teaching(Document source, Document target) {
        return teaching(prepare(source, target));
    }

    /**
     * What a prepared pair teaches a set: {@link #teaching(Document, Document)} of its documents.
     *
     * @throws AlignmentCancelledException when the calling thread is interrupted before it ends
     */
    public List<Lexicon.TokenPair> teaching(PreparedPair pair) {
        if (pair == null) {
            throw new InvalidTextException("pair must not be null");
        }
        try {
            Search search = search(pair, Lexicon.EMPTY);
            List<Lexicon.TokenPair> pairs = new ArrayList<>();
            for (Step step : search.pass().sentences()) {
                Cancellation.check("bead scoring");
                if (step.sourceCount() == 1 && step.targetCount() == 1
                        && confidence(step, search.model()) >= CONFIDENT) {
                    pairs.add(new Lexicon.TokenPair(search.source().text().tokens(step.source()),
                            search.target().text().tokens(step.target())));
                }
            }
            return teachable(pairs);
        } catch (CancelledException e) {
            throw new AlignmentCancelledException(e.where(), e);
        }
    }

    /** Word pairs learned from counts of {@link #teaching} sentence pairs, with the thresholds of one alignment. */
    public Lexicon learnLexicon(WordPairCounts counts) {
        return Lexicon.learn(counts, LEXICON_MIN_COUNT, LEXICON_MIN_DICE, LEXICON_MAX_PER_WORD);
    }

    /**
     * The stems of a result's confident 1-1 beads, source and target: a bead's rounded confidence, as reported, at
     * least {@link #CONFIDENT}.
     */
    private List<Lexicon.TokenPair> confidentPairs(AlignmentResult result) {
        List<Lexicon.TokenPair> pairs = new ArrayList<>();
        for (Bead bead : result.beads()) {
            if (bead.source().size() == 1 && bead.target().size() == 1 && bead.confidence() >= CONFIDENT) {
                pairs.add(new Lexicon.TokenPair(
                        tokenizer.tokens(result.source().sentence(bead.source().get(0)).text()),
                        tokenizer.tokens(result.target().sentence(bead.target().get(0)).text())));
            }
        }
        return pairs;
    }

    /** The steps whose confidence under {@code length} (their cost recomputed with it) reaches {@link #CONFIDENT}. */
    private List<Step> confident(List<Step> steps, FeatureSpace space, LengthModel length) {
        BitextCostModel model = new BitextCostModel(space.source(), space.target(), space.strongAnchor(),
                options.sentenceCosts(), length);
        return steps.stream().filter(st -> Confidence.of(rescored(st, model), model) >= CONFIDENT).toList();
    }

    private static Step rescored(Step step, BitextCostModel model) {
        return new Step(step.source(), step.sourceCount(), step.target(), step.targetCount(),
                model.cost(step.source(), step.sourceCount(), step.target(), step.targetCount()));
    }

    private static Bead bead(Step step, BitextCostModel model, SideAnalysis s, SideAnalysis t,
                             NameMatcher.Memo names) {
        List<Integer> sourceIds = ids(step.source(), step.sourceCount());
        List<Integer> targetIds = ids(step.target(), step.targetCount());
        List<AnchorPairing.Pair> anchors = sourceIds.isEmpty() || targetIds.isEmpty() ? List.of()
                : AnchorPairing.of(s.specificAnchors(sourceIds), t.specificAnchors(targetIds), names).pairs();
        return new Bead(sourceIds, targetIds,
                round(model.similarity(step.source(), step.sourceCount(), step.target(), step.targetCount())),
                confidence(step, model), anchors);
    }

    /** A bead's confidence as reported, rounded: what {@link #CONFIDENT} is compared with when teaching. */
    private static double confidence(Step step, BitextCostModel model) {
        return round(Confidence.of(rescored(step, model), model));
    }

    private static List<Integer> ids(int from, int count) {
        return IntStream.range(from, from + count).boxed().toList();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static Coverage coverage(Document source, Document target, List<Bead> beads) {
        return new Coverage(side(source, beads.stream().filter(Bead::isMatch).flatMap(b -> b.source().stream()).toList()),
                side(target, beads.stream().filter(Bead::isMatch).flatMap(b -> b.target().stream()).toList()));
    }

    private static Coverage.SideCoverage side(Document document, List<Integer> aligned) {
        int characters = document.sentences().stream().mapToInt(s -> s.span().length()).sum();
        int alignedCharacters = aligned.stream().mapToInt(id -> document.sentence(id).span().length()).sum();
        return new Coverage.SideCoverage(document.sentenceCount(), aligned.size(), characters, alignedCharacters);
    }
}
