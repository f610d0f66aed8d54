package io.paralign.cli;

import java.io.PrintWriter;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code align-cli}: the top-level command. Exit codes: 0 success, 1 bad input (unreadable file, malformed content)
 * or an output that cannot be written, standard output included (a one-line message on stderr), 2 usage error, 3 a
 * batch finished with failed pairs (listed in its summary). Subcommands live in their own classes and are listed in
 * {@code subcommands}.
 */
@Command(name = "align-cli", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sentence alignment of parallel texts, divergence reports over folders of articles, and evaluation.",
        subcommands = {AlignCommand.class, BatchCommand.class, PairCommand.class, ScoreCommand.class,
                EvaluateCommand.class, AutoComplete.GenerateCompletion.class},
        scope = ScopeType.INHERIT, // help, version and exit codes for every subcommand too
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:bad input (missing, empty, binary, undecodable or oversized file; same language on both sides; malformed content) or output that cannot be written (not a regular file, disk full)", "2:usage error",
                "3:batch finished, summary written, but some pairs failed to align (status failed in the summary)"})
public final class Main implements Runnable {
    @Spec
    private CommandSpec spec;

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns the exit code. */
    public static int run(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line on the given streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(CommandLine.defaultFactory(), out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with commands made by {@code factory} (tests). */
    static int execute(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.addSubcommand("eval", hidden(new CommandLine(ScoreCommand.class, factory)));
        cli.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(new BadInputHandler());
        int code = cli.execute(args);
        if (out.checkError()) { // flushes; PrintWriter swallows write errors (disk full, closed pipe) and keeps a flag
            err.println(cli.getCommandName() + ": error: standard output: cannot write (disk full or closed)");
            code = 1;
        }
        err.flush();
        return code;
    }

    /** {@code eval}, the name {@code score} is also known by: it runs, and the help does not list it. */
    private static CommandLine hidden(CommandLine alias) {
        alias.getCommandSpec().usageMessage().hidden(true);
        return alias;
    }

    /**
     * A usage error in a few lines rather than the whole help: the command and what was wrong, picocli's guesses for
     * a mistyped option or subcommand, and where the help is. Exit code 2.
     */
    static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("see '" + name + " --help'");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
