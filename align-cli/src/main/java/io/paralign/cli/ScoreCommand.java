package io.paralign.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.paralign.eval.AlignmentEvaluation;
import io.paralign.eval.AlignmentScorer;
import io.paralign.eval.BeadFiles;
import io.paralign.eval.BeadIds;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code align-cli score}: scores alignment files made beforehand (by any aligner) against gold alignments, pooled
 * over all pairs; it aligns nothing. {@code evaluate} is the command that aligns a data set and scores the result.
 */
@Command(name = "score", sortOptions = false,
        description = {
            "Scores alignment files made beforehand, by paralign or any other aligner, against gold alignments; "
                    + "it aligns nothing (evaluate aligns a gold data set itself, then scores it).",
            "Strict and lax precision, recall and F1 "
                    + "as Vecalign's score.py defines them, and the precision and recall of the sentences "
                    + "left unmatched (1-0 and 0-1 beads). Several pairs are pooled (counts summed).",
            "Files hold one bead a line, e.g. [0,1]:[2] or []:[3] (Vecalign / Bertalign format), or one rung a line, "
                    + "e.g. 2<TAB>1<TAB>0.8 (hunalign's ladder, indices counting sentences); each file is read by "
                    + "its first line."})
final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "GOLD TEST", arity = "0..*",
            description = "Pairs of bead files or ladders: a gold file, then the test file scored against it.")
    private List<Path> files = new ArrayList<>();

    @ArgGroup(exclusive = false, heading = "%nDirectories instead of GOLD TEST pairs:%n")
    private Directories directories;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    private boolean json;

    static final class Directories {
        @Option(names = "--gold-dir", paramLabel = "DIR", required = true,
                description = "Directory of gold files: every file whose name matches --glob.")
        Path gold;

        @Option(names = "--test-dir", paramLabel = "DIR", required = true,
                description = "Directory of test files, paired with gold files by identical file name.")
        Path test;

        @Option(names = "--glob", paramLabel = "GLOB", defaultValue = "*.gold",
                description = "Names of the gold files in --gold-dir (default: ${DEFAULT-VALUE}).")
        String glob;
    }

    @Override
    public Integer call() throws IOException {
        List<Path> pairs = directories == null ? filePairs() : directoryPairs();
        List<List<BeadIds>> golds = new ArrayList<>();
        List<List<BeadIds>> tests = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            golds.add(read(pairs.get(i)));
            tests.add(read(pairs.get(i + 1)));
        }
        AlignmentEvaluation evaluation = AlignmentScorer.scorePooled(golds, tests);
        spec.commandLine().getOut().print(json ? EvalReport.json(evaluation) : EvalReport.table(evaluation));
        return 0;
    }

    private List<Path> filePairs() {
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing GOLD TEST files or --gold-dir/--test-dir");
        }
        if (files.size() % 2 != 0) {
            throw new ParameterException(spec.commandLine(),
                    files.size() + " files given: expected GOLD TEST pairs, an even number");
        }
        return files;
    }

    /** Gold and test files alternating, gold files in name order. */
    private List<Path> directoryPairs() throws IOException {
        if (!files.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Give either GOLD TEST files or --gold-dir/--test-dir, not both");
        }
        requireDirectory(directories.gold);
        requireDirectory(directories.test);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + directories.glob);
        List<Path> pairs = new ArrayList<>();
        try (Stream<Path> listing = Files.list(directories.gold)) {
            listing.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(p.getFileName()))
                    .sorted()
                    .forEach(gold -> {
                        pairs.add(gold);
                        pairs.add(directories.test.resolve(gold.getFileName()));
                    });
        }
        if (pairs.isEmpty()) {
            throw new FileSystemException(directories.gold.toString(), null,
                    "no file matching " + directories.glob);
        }
        return pairs;
    }

    private static void requireDirectory(Path dir) throws FileSystemException {
        if (!Files.isDirectory(dir)) {
            throw new FileSystemException(dir.toString(), null, "not a directory");
        }
    }

    private static List<BeadIds> read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        try {
            return BeadFiles.read(file);
        } catch (CharacterCodingException e) {
            throw new FileSystemException(file.toString(), null, "not valid UTF-8");
        }
    }
}
