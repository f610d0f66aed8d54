package io.paralign.cli;

import io.paralign.batch.BatchAligner;
import io.paralign.batch.LanguagePair;
import io.paralign.batch.LexiconScope;
import io.paralign.eval.AlignmentEvaluation;
import io.paralign.eval.AlignmentScorer;
import io.paralign.eval.BeadFiles;
import io.paralign.eval.BeadIds;
import io.paralign.eval.EditsFile;
import io.paralign.eval.FlagScorer;
import io.paralign.eval.PrfScore;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.score.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Aligns every document pair of a gold data set and scores the result (where {@code score} only scores alignment
 * files made beforehand): alignment P/R/F1 (strict, lax, unmatched)
 * against the gold beads, and, with {@code --flags}, flag precision and recall against each pair's expected edits.
 * Pairs are aligned as {@code batch} aligns them, by {@link BatchAligner}: word pairs learned over the whole set after
 * a first pass (set-level learning), or per document only with {@code --no-batch-lexicon}.
 */
@Command(name = "evaluate", description = {
        "Align a gold data set with paralign and score the alignment (and, with --flags, the divergence flags); "
                + "score, by contrast, scores alignment files made beforehand and aligns nothing.",
        "Pairs are NAME<src-ext>, NAME<tgt-ext> and NAME<gold-ext> in DIR (names starting with --prefix)."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of the data set")
    private Path dir;

    @Option(names = "--src-ext", required = true, description = "source file ending, e.g. .ar.psent or .de")
    private String sourceExt;

    @Option(names = "--tgt-ext", required = true, description = "target file ending, e.g. .fr.psent or .fr")
    private String targetExt;

    @Option(names = "--gold-ext", defaultValue = ".gold", description = "gold file ending, beads or a ladder (default: ${DEFAULT-VALUE})")
    private String goldExt;

    @Option(names = "--src-lang", required = true, description = "source language (BCP 47)")
    private String sourceLanguage;

    @Option(names = "--tgt-lang", required = true, description = "target language (BCP 47)")
    private String targetLanguage;

    @Option(names = "--prefix", defaultValue = "", description = "only documents whose name starts with this")
    private String prefix;

    @Option(names = "--no-batch-lexicon", description = "learn word pairs per document only")
    private boolean noBatchLexicon;

    @Mixin
    private CountsOption counts;

    @Option(names = "--flags", description = {"score flags instead: align NAME.<lang>.txt raw texts and compare the",
            "flags with NAME.edits.json, using NAME.<lang>.sent to locate sentences"})
    private boolean flags;

    @Option(names = "--sentences-from", paramLabel = "DIR", description = {
            "with --flags: the sentence lists the edits' ids index are DIR/NAME.<lang> (one sentence a line),",
            "e.g. the original documents the edits were applied to; default: NAME.<lang>.sent in DIR"})
    private Path sentencesFrom;

    @Option(names = "--verbose", description = "with --flags, list every missed expected flag and every unexpected flag")
    private boolean verbose;

    @Override
    public Integer call() throws IOException, InterruptedException {
        int maxEntries = counts.maxEntries(spec.commandLine());
        List<String> names = names();
        if (names.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no file ending in " + goldExt
                    + (prefix.isEmpty() ? "" : " starting with '" + prefix + "'"));
        }
        AlignmentPipeline pipeline = new AlignmentPipeline();
        List<Document[]> pairs = new ArrayList<>();
        for (String name : names) {
            pairs.add(new Document[] {
                    pipeline.segment(Side.SOURCE, read(name + (flags ? "." + sourceLanguage + ".txt" : sourceExt)), sourceLanguage, !flags),
                    pipeline.segment(Side.TARGET, read(name + (flags ? "." + targetLanguage + ".txt" : targetExt)), targetLanguage, !flags)});
        }
        List<AlignmentResult> results = alignAll(pipeline, pairs, maxEntries);
        spec.commandLine().getOut().print(flags ? scoreFlags(names, results) : scoreBeads(names, results));
        return 0;
    }

    /** Every pair aligned as {@code batch} aligns it, by {@link BatchAligner}; results in the pairs' order. */
    private List<AlignmentResult> alignAll(AlignmentPipeline pipeline, List<Document[]> pairs, int maxEntries)
            throws InterruptedException {
        AlignmentResult[] results = new AlignmentResult[pairs.size()];
        List<Integer> indices = IntStream.range(0, pairs.size()).boxed().toList();
        BatchAligner.PairAligner<Integer> aligner = new BatchAligner.PairAligner<>() {
            @Override
            public LanguagePair languages(Integer k) {
                return new LanguagePair(pairs.get(k)[0].language(), pairs.get(k)[1].language());
            }

            @Override
            public AlignmentResult align(Integer k, Lexicon lexicon) {
                return pipeline.align(pairs.get(k)[0], pairs.get(k)[1], lexicon);
            }

            @Override
            public List<Lexicon.TokenPair> teach(Integer k, AlignmentPipeline first) {
                return first.teaching(pairs.get(k)[0], pairs.get(k)[1]);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            LexiconScope scope = noBatchLexicon ? LexiconScope.DOCUMENT : LexiconScope.SET;
            new BatchAligner(pipeline, maxEntries).run(indices, aligner, scope, pool, new BatchAligner.Outcomes<>() {
                @Override
                public void aligned(Integer k, AlignmentResult result) {
                    results[k] = result;
                }

                @Override
                public void failed(Integer k, RuntimeException failure) {
                    throw failure;
                }
            });
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    /**
     * Pooled scores of the pairs whose gold fits their sentence files. A gold bead naming a sentence past the end of
     * its file (a gold made for another segmentation) leaves that pair out with one line on standard error; when no
     * pair is left, the set is refused.
     */
    private String scoreBeads(List<String> names, List<AlignmentResult> results) throws IOException {
        List<List<BeadIds>> golds = new ArrayList<>();
        List<List<BeadIds>> tests = new ArrayList<>();
        String lastMisfit = null;
        for (int k = 0; k < names.size(); k++) {
            List<BeadIds> gold = BeadFiles.read(dir.resolve(names.get(k) + goldExt));
            try {
                BeadIds.validateRange(gold, results.get(k).source().sentenceCount(), results.get(k).target().sentenceCount());
            } catch (IllegalArgumentException e) {
                lastMisfit = names.get(k) + goldExt + " does not fit its sentence files: " + e.getMessage();
                spec.commandLine().getErr().println(lastMisfit + "; left out of the scores");
                continue;
            }
            golds.add(gold);
            tests.add(results.get(k).beads().stream().map(b -> new BeadIds(b.source(), b.target())).toList());
        }
        if (golds.isEmpty()) {
            throw new IllegalArgumentException(lastMisfit);
        }
        AlignmentEvaluation evaluation = AlignmentScorer.scorePooled(golds, tests);
        return EvalReport.table(evaluation);
    }

    private String scoreFlags(List<String> names, List<AlignmentResult> results) throws IOException {
        FlagScorer scorer = new FlagScorer();
        for (int k = 0; k < names.size(); k++) {
            AlignmentResult r = results.get(k);
            scorer.add(names.get(k), new FlagScorer.Flagged(r.source(), r.target(), r.beads(), r.flags()),
                    sentences(names.get(k), sourceLanguage), sentences(names.get(k), targetLanguage),
                    EditsFile.read(dir.resolve(names.get(k) + ".edits.json")));
        }
        PrfScore score = scorer.score();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "flags     precision %.4f  recall %.4f  F1 %.4f  (%d documents)%n",
                score.precision(), score.recall(), score.f1(), names.size()));
        scorer.byType().forEach((type, tally) -> out.append(String.format(Locale.ROOT,
                "  %-18s found %3d of %3d%n", type, tally[1], tally[0])));
        if (verbose) {
            scorer.misses().forEach(m -> out.append("missed ").append(m).append(System.lineSeparator()));
            scorer.falseAlarms().forEach(m -> out.append("unexpected ").append(m).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private List<String> names() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder");
        }
        String ending = flags ? ".edits.json" : goldExt;
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(ending) && n.startsWith(prefix))
                    .map(n -> n.substring(0, n.length() - ending.length()))
                    .sorted().toList();
        }
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file));
    }

    private List<String> sentences(String name, String language) throws IOException {
        Path file = sentencesFrom == null ? dir.resolve(name + "." + language + ".sent")
                : sentencesFrom.resolve(name + "." + language);
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }
}
