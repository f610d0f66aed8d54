package io.paralign.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.paralign.report.Format;
import io.paralign.report.RenderOptions;
import io.paralign.report.ReportView;
import io.paralign.diverge.UnknownFlagTypeException;
import io.paralign.language.LanguageMismatchException;
import io.paralign.model.Side;
import io.paralign.pipeline.AlignOptions;
import io.paralign.pipeline.AlignmentPipeline;
import io.paralign.pipeline.AlignmentResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code align-cli align}: aligns one pair of texts and prints or writes the result in one format. */
@Command(name = "align", sortOptions = false,
        description = {"Aligns the paragraphs and sentences of two language versions of a text and flags where "
                + "they diverge. Languages are guessed from the texts unless given."})
final class AlignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "Source text file (UTF-8, UTF-16 or UTF-32; - for standard input).")
    private Path source;

    @Parameters(index = "1", paramLabel = "TGT", description = "Target text file (UTF-8, UTF-16 or UTF-32; - for standard input).")
    private Path target;

    @Option(names = "--src-lang", paramLabel = "TAG", description = "Source language, a BCP 47 tag (e.g. ar), or auto (the default): told from the text.")
    private String sourceLanguage;

    @Option(names = "--tgt-lang", paramLabel = "TAG", description = "Target language, a BCP 47 tag (e.g. fr), or auto (the default): told from the text.")
    private String targetLanguage;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default), gold ([0,1]:[2] beads), ladder (hunalign's i<TAB>j<TAB>score rungs), tsv, "
                    + "tmx (TMX 1.4b), html or xlsx (a spreadsheet; needs --out).")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (atomically: whole or not at all) instead of standard output. FILE must be a "
                    + "regular file or not exist yet; a symbolic link is followed and kept.")
    private Path out;

    @Option(names = "--flags", paramLabel = "TYPE", split = ",",
            description = "Report only these flag types, by their stable codes (e.g. MISSING_IN_TARGET,BOILERPLATE); "
                    + "default: all.")
    private List<String> flagTypes;

    @Mixin
    private TmxOptions tmx;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        if (TextFiles.isStdin(source) && TextFiles.isStdin(target)) {
            throw new ParameterException(spec.commandLine(), "Only one of SRC and TGT can be - (standard input)");
        }
        if (out != null) {
            OutputPaths.file(out); // refused before the work, not after
        } else if (format.isBinary()) {
            throw new ParameterException(spec.commandLine(), "--format " + format.code() + " writes a binary file: "
                    + "give --out FILE");
        }
        RenderOptions options = tmx.options(spec.commandLine(), format == Format.TMX, "--format tmx");
        AlignmentPipeline pipeline = pipeline(); // an unknown flag type is refused before the files are read
        String sourceText = TextFiles.read(source, input.maxBytes);
        String targetText = TextFiles.read(target, input.maxBytes);
        String sourceTag = Languages.resolve(sourceLanguage, sourceText, source, "--src-lang");
        String targetTag = Languages.resolve(targetLanguage, targetText, target, "--tgt-lang");
        Languages.requireDifferent(sourceTag, targetTag, source, target);
        AlignmentResult result;
        try { // a guessed side goes as auto, so that the result says it was detected and how surely
            result = pipeline.align(sourceText, Languages.forPipeline(sourceLanguage), targetText,
                    Languages.forPipeline(targetLanguage), input.preSegmented);
        } catch (LanguageMismatchException e) {
            throw e.side() == Side.SOURCE ? Languages.mismatch(e, source, "--src-lang")
                    : Languages.mismatch(e, target, "--tgt-lang");
        }
        ReportView view = ReportView.of(result).titled(title(source), title(target));
        byte[] rendered = format.renderer(options).bytes(view);
        if (out == null) { // text: the binary format needs --out
            spec.commandLine().getOut().print(new String(rendered, StandardCharsets.UTF_8));
        } else {
            AtomicFiles.write(out, rendered);
        }
        return 0;
    }

    /** A document's title in the report: its file name, none for standard input. */
    private static String title(Path file) {
        return TextFiles.isStdin(file) || file.getFileName() == null ? null : file.getFileName().toString();
    }

    private AlignmentPipeline pipeline() {
        if (flagTypes == null) {
            return new AlignmentPipeline();
        }
        try {
            return new AlignmentPipeline(AlignOptions.defaults().withDetectors(flagTypes));
        } catch (UnknownFlagTypeException e) {
            throw new ParameterException(spec.commandLine(), "--flags: " + e.getMessage());
        }
    }
}
