package io.paralign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.paralign.batch.BatchAligner;
import io.paralign.batch.DocumentPair;
import io.paralign.batch.DocumentPairer;
import io.paralign.batch.HeldPairs;
import io.paralign.batch.InFlight;
import io.paralign.batch.InputDocument;
import io.paralign.batch.LanguagePair;
import io.paralign.batch.LexiconScope;
import io.paralign.batch.Pairing;
import io.paralign.batch.SetLexicons;
import io.paralign.cli.batch.FailedPair;
import io.paralign.cli.batch.FolderFiles;
import io.paralign.cli.batch.PairOutcome;
import io.paralign.cli.batch.PairRow;
import io.paralign.cli.batch.Progress;
import io.paralign.cli.batch.ReportFiles;
import io.paralign.cli.batch.ReportFolders;
import io.paralign.cli.batch.StoredReport;
import io.paralign.cli.batch.Summary;
import io.paralign.cli.batch.SummaryRows;
import io.paralign.cli.batch.UnpairedRow;
import io.paralign.diverge.FlagFinder;
import io.paralign.model.Document;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import io.paralign.pipeline.PreparedPair;
import io.paralign.report.Format;
import io.paralign.report.JsonReport;
import io.paralign.report.RenderOptions;
import io.paralign.report.ReportReader;
import io.paralign.report.ReportView;
import io.paralign.score.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code align-cli batch}: a report for every pair of a folder (paired automatically) or of a manifest, and a
 * summary. Every input is read and checked before anything is written; every output is written atomically; the
 * JSON report is written last, so its presence marks a finished pair for {@code --resume}. A pair whose alignment
 * fails is listed in the summary with its reason, the others go on, and the exit code is {@value #SOME_FAILED}.
 */
@Command(name = "batch", sortOptions = false,
        description = {"Aligns every pair of a folder or manifest and writes, under --out, a folder per pair "
                + "(report.json and, by default, report.html and pairs.tmx: see --formats) and summary.json, "
                + "summary.csv and summary.html.",
            "Without a manifest, documents are paired by language and shared anchors (see 'pair'); documents "
                    + "with no counterpart are listed with their own findings (duplicated blocks, boilerplate)."})
final class BatchCommand implements Callable<Integer> {
    /** Exit code of a batch that finished, summaries written, with at least one failed pair. */
    static final int SOME_FAILED = 3;
    private static final int MAX_REASON = 300;

    /** Made on first use: picocli makes every subcommand at start, and a mapper costs Jackson's start-up. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /**
     * Reads, prepares and aligns one pair of the batch with the pipeline and the word pairs learned over the set (in
     * both passes). A seam: tests make it fail on chosen pairs.
     */
    @FunctionalInterface
    interface PairAligner {
        PairAligner PIPELINE = (pipeline, pair, prepared, lexicon) -> pipeline.align(prepared, lexicon);

        /** Aligns the pair, prepared by {@link #prepare}, with these word pairs besides its own. */
        AlignmentResult align(AlignmentPipeline pipeline, DocumentPair pair, PreparedPair prepared, Lexicon lexicon);

        /** Reads both texts of the pair again, segments and analyses them. */
        default PreparedPair prepare(AlignmentPipeline pipeline, DocumentPair pair, boolean preSegmented) {
            return pipeline.prepare(
                    pipeline.segment(Side.SOURCE, pair.source().text(), pair.source().language(), preSegmented),
                    pipeline.segment(Side.TARGET, pair.target().text(), pair.target().language(), preSegmented));
        }

        /** What the pair teaches the set: set-level learning's first pass. */
        default List<Lexicon.TokenPair> teach(AlignmentPipeline pipeline, DocumentPair pair, PreparedPair prepared) {
            return pipeline.teaching(prepared);
        }
    }

    private final PairAligner aligner;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Folder of articles to pair.")
    private Path dir;

    @Option(names = "--manifest", paramLabel = "CSV",
            description = "CSV with header source,target[,source_lang,target_lang]; paths relative to it.")
    private Path manifest;

    @Option(names = "--out", paramLabel = "OUT", required = true, description = "Output folder.")
    private Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Read inputs anywhere under DIR (default: only under the manifest's folder, or DIR).")
    private Path root;

    @Option(names = "--resume", description = "Skip pairs whose outputs are complete already; redo the others.")
    private boolean resume;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Pairs aligned at once (default: all cores).")
    private int threads;

    @Option(names = "--no-batch-lexicon", description = "Learn word pairs per document only, not over the whole set "
            + "(which takes a first alignment pass over every pair).")
    private boolean noBatchLexicon;

    @Mixin
    private CountsOption counts;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "html,tmx",
            description = "Reports written per pair besides report.json: html (report.html), tmx (pairs.tmx), tsv "
                    + "(pairs.tsv), gold (beads.gold), ladder (beads.ladder), xlsx (pairs.xlsx), comma-separated; "
                    + "json alone for none (default: html,tmx).")
    private Set<Format> formats;

    @Option(names = "--open", description = "Open summary.html in the desktop's browser when done (where there is "
            + "none, a warning says so; the summary is written either way).")
    private boolean open;

    @Mixin
    private TmxOptions tmx;

    @Mixin
    private FolderOptions folder;

    @Mixin
    private InputOptions input;

    BatchCommand() {
        this(PairAligner.PIPELINE);
    }

    BatchCommand(PairAligner aligner) {
        this.aligner = aligner;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((dir == null) == (manifest == null)) {
            throw new ParameterException(spec.commandLine(), "Give either DIR or --manifest CSV");
        }
        if (threads < 0) {
            throw new ParameterException(spec.commandLine(), "--threads must be positive, not " + threads);
        }
        int maxEntries = counts.maxEntries(spec.commandLine());
        ReportFiles files = new ReportFiles(formats);
        RenderOptions options = tmx.options(spec.commandLine(), files.formats().contains(Format.TMX),
                "--formats with tmx");
        OutputPaths.directory(out);
        PrintWriter err = spec.commandLine().getErr();
        Pairing pairing = dir != null
                ? new DocumentPairer().pair(BatchDocuments.folder(dir, folder.glob, input.maxBytes, root),
                        folder.sourceLanguage, Progress.on(err, System.console() != null))
                : new Pairing(List.of(), List.of());
        // a manifest's pairs stay in their compact list (a Pairing would copy every pair into objects)
        List<DocumentPair> pairs = dir != null ? pairing.pairs()
                : BatchDocuments.manifest(manifest, input.maxBytes, root);
        pairing.warnings().forEach(w -> err.println("align-cli: warning: " + w));
        String skipped = dir == null ? null : FolderFiles.skippedSubfolders(dir, folder.glob);
        if (skipped != null) {
            err.println("align-cli: warning: " + skipped);
        }
        ReportFolders folders = ReportFolders.of(pairs);

        AlignmentPipeline pipeline = new AlignmentPipeline();
        Progress.Tasks tasks = Progress.on(err, System.console() != null);
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        LexiconScope scope = noBatchLexicon ? LexiconScope.DOCUMENT : LexiconScope.SET;
        int failed;
        try {
            HeldPairs held = HeldPairs.withDefaultBudget();
            SetLexicons lexicons = learn(scope, pairs, held, folders, files, pipeline, pool, tasks, maxEntries);
            // made once the first pass, which writes nothing, is done
            try (SummaryRows rows = SummaryRows.open(AtomicFiles.scratch(out, "summary-rows"), pairs.size())) {
                Progress progress = tasks.start("aligning", "pairs", pairs.size());
                InFlight.forEach(positions(pairs.size()), BatchAligner.IN_FLIGHT, pool, i -> {
                    DocumentPair pair = pairs.get(i);
                    try {
                        rows.put(i, run(pair, held.take(i), folders.of(i), files, options, pipeline,
                                lexicons.of(languages(pair)), progress));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                List<Future<UnpairedRow>> alone = new ArrayList<>();
                for (InputDocument document : pairing.unpaired()) {
                    alone.add(pool.submit(() -> alone(document, pairing, pipeline)));
                }
                writeSummaries(new Summary(rows, all(alone)).lexicon(scope.code()), files);
                failed = rows.failed();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        int count = pairs.size();
        spec.commandLine().getOut().println(count + (count == 1 ? " pair" : " pairs") + (failed > 0 ? " (" + failed
                + " failed)" : "") + ", " + pairing.unpaired().size() + " unpaired; summary: "
                + out.resolve("summary.html"));
        if (open) {
            SummaryBrowser.open(out.resolve("summary.html"), err);
        }
        return failed > 0 ? SOME_FAILED : 0;
    }

    /** summary.json, summary.csv, then summary.html, each written as a stream. */
    private void writeSummaries(Summary summary, ReportFiles files) throws IOException {
        Map<String, AtomicFiles.Content> summaries = new LinkedHashMap<>();
        summaries.put("summary.json", summary::json);
        summaries.put("summary.csv", summary::csv);
        // the page printed to the user and opened goes last: once it is there, the data of the same run is too
        summaries.put("summary.html", o -> summary.html(o, files));
        AtomicFiles.writeStreamed(out, summaries);
    }

    /**
     * The first pass of set-level learning ({@link BatchAligner#learn}), which writes nothing: every pair, resumed ones
     * included, so that a resumed batch writes what an uninterrupted one would; skipped when no pair is left to do.
     * The pairs it prepares are offered to {@code held} for the second pass.
     */
    private SetLexicons learn(LexiconScope scope, List<DocumentPair> pairs, HeldPairs held, ReportFolders folders,
                              ReportFiles files, AlignmentPipeline pipeline, ExecutorService pool, Progress.Tasks tasks,
                              int maxEntries) throws InterruptedException, IOException {
        if (scope == LexiconScope.DOCUMENT || resume && allFinished(pairs, folders, files)) {
            return SetLexicons.NONE;
        }
        Progress progress = tasks.start("learning word pairs", "pairs", pairs.size());
        SetLexicons lexicons = new BatchAligner(pipeline, maxEntries).learn(positions(pairs.size()),
                new BatchAligner.PairAligner<>() {
                    @Override
                    public LanguagePair languages(Integer position) {
                        return BatchCommand.languages(pairs.get(position));
                    }

                    @Override
                    public AlignmentResult align(Integer position, Lexicon lexicon) {
                        DocumentPair pair = pairs.get(position);
                        return aligner.align(pipeline, pair, aligner.prepare(pipeline, pair, input.preSegmented),
                                lexicon);
                    }

                    @Override
                    public List<Lexicon.TokenPair> teach(Integer position, AlignmentPipeline first) {
                        try {
                            DocumentPair pair = pairs.get(position);
                            PreparedPair prepared = aligner.prepare(first, pair, input.preSegmented);
                            List<Lexicon.TokenPair> taught = aligner.teach(first, pair, prepared);
                            held.offer(position, prepared);
                            return taught;
                        } finally {
                            progress.step();
                        }
                    }
                }, pool);
        lexicons.levels().forEach((languages, level) -> {
            if (level > 0) {
                spec.commandLine().getErr().println("word pairs for " + languages + " learned from about 1 stem in "
                        + (1L << level) + " (over " + maxEntries + " stems and stem pairs; see --max-entries)");
            }
        });
        return lexicons;
    }

    /** True when every pair's outputs are complete, so that a resumed batch has nothing left to do. */
    private boolean allFinished(List<DocumentPair> pairs, ReportFolders folders, ReportFiles files)
            throws IOException {
        for (int i = 0; i < pairs.size(); i++) {
            Path folder = out.resolve(folders.of(i));
            if (!Files.isDirectory(folder) || !StoredReport.read(folder, files).finished()) {
                return false;
            }
        }
        return true;
    }

    /** 0 to {@code count} - 1, made as they are read. */
    private static Iterable<Integer> positions(int count) {
        return () -> IntStream.range(0, count).iterator();
    }

    private static LanguagePair languages(DocumentPair pair) {
        return new LanguagePair(pair.source().language(), pair.target().language());
    }

    /** @param prepared the pair as the first pass prepared it, or null to prepare it again */
    private PairOutcome run(DocumentPair pair, PreparedPair prepared, String name, ReportFiles files,
                            RenderOptions options, AlignmentPipeline pipeline, Lexicon lexicon, Progress progress)
            throws IOException {
        Path folder = out.resolve(name);
        String redone = "";
        if (resume && Files.isDirectory(folder)) {
            StoredReport stored = StoredReport.read(folder, files);
            if (stored.finished()) {
                progress.finished(name, "skipped, report exists");
                return PairRow.of(pair, name, stored.report());
            }
            redone = " (redone: " + stored.problem() + ")";
        }
        Map<String, byte[]> reports = new LinkedHashMap<>();
        JsonNode tree;
        try { // everything rendered before anything is written: a failed pair leaves no file
            AlignmentResult result = aligner.align(pipeline, pair,
                    prepared != null ? prepared : aligner.prepare(pipeline, pair, input.preSegmented), lexicon);
            tree = JsonReport.tree(result);
            ReportView view = ReportReader.read(tree) // ReportView.of(result) without making the tree twice
                    .titled(pair.source().name(), pair.target().name());
            for (Format format : files.formats()) {
                reports.put(ReportFiles.name(format), format.renderer(options).bytes(view));
            }
        } catch (RuntimeException e) {
            String reason = reason(e);
            for (String stale : ReportFiles.allNames()) { // from an earlier run
                Files.deleteIfExists(folder.resolve(stale));
            }
            progress.finished(name, "failed: " + reason);
            return FailedPair.of(pair, name, reason);
        }
        // last, so that its presence marks a finished pair for --resume (StoredReport)
        String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        reports.put(ReportFiles.JSON, utf8(json));
        AtomicFiles.writeAll(folder, reports);
        progress.finished(name, "done" + redone);
        return PairRow.of(pair, name, tree);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The exception's class and message on one line (a message may quote the text it refused, line breaks and all). */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ");
        String reason = e.getClass().getSimpleName() + message;
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    private UnpairedRow alone(InputDocument document, Pairing pairing, AlignmentPipeline pipeline) {
        Document segmented = pipeline.segment(document.text(), document.language(), input.preSegmented);
        return UnpairedRow.of(document, pairing, segmented.paragraphs().size(),
                segmented.sentenceCount(), new FlagFinder().detectAlone(segmented));
    }

    private static <T> List<T> all(List<Future<T>> futures) throws IOException, InterruptedException {
        List<T> values = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                values.add(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
        return values;
    }
}
