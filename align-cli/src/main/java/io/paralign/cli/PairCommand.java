package io.paralign.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.paralign.batch.DocumentPair;
import io.paralign.batch.DocumentPairer;
import io.paralign.batch.InputDocument;
import io.paralign.batch.Pairing;
import io.paralign.cli.batch.FolderFiles;
import io.paralign.cli.batch.Progress;
import io.paralign.report.Decimals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code align-cli pair}: prints which documents of a folder are versions of the same article. */
@Command(name = "pair", sortOptions = false,
        description = "Pairs the documents of a folder: language of each file, then candidates scored by the "
                + "numbers, Latin tokens and names they share, then the best one-to-one assignment above "
                + "a threshold; file names count too (001.ar.txt / 001.fr.txt, ar/001.txt / fr/001.txt are "
                + "name-mates). Prints each pair with its score and how it was made (name, anchors, name+anchors), "
                + "then the documents left unpaired.")
final class PairCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of articles.")
    private Path dir;

    @Mixin
    private FolderOptions folder;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Pairing pairing = new DocumentPairer().pair(BatchDocuments.folder(dir, folder.glob, input.maxBytes),
                folder.sourceLanguage, Progress.on(err, System.console() != null));
        pairing.warnings().forEach(w -> err.println("align-cli: warning: " + w));
        String skipped = FolderFiles.skippedSubfolders(dir, folder.glob);
        if (skipped != null) {
            err.println("align-cli: warning: " + skipped);
        }
        PrintWriter out = spec.commandLine().getOut();
        int width = Math.max(10, Stream.concat(pairing.pairs().stream().flatMap(p -> Stream.of(p.source(),
                p.target())), pairing.unpaired().stream()).mapToInt(d -> d.name().length()).max().orElse(0));
        String row = "%-" + width + "s  %-" + width + "s  %-9s  %-8s  %s%n";
        out.printf(Locale.ROOT, row, "source", "target", "languages", "score", "by");
        for (DocumentPair pair : pairing.pairs()) {
            out.printf(Locale.ROOT, row, pair.source().name(), pair.target().name(),
                    pair.source().language() + "-" + pair.target().language(),
                    Decimals.fixed(pair.score(), 3), pair.pairedBy().code());
        }
        for (InputDocument document : pairing.unpaired()) {
            out.printf(Locale.ROOT, row, document.name(), "-", document.language(), "unpaired",
                    pairing.nameMate(document).map(m -> "name-mate " + m.name()).orElse("-"));
        }
        return 0;
    }
}
