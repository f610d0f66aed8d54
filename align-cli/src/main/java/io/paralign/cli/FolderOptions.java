package io.paralign.cli;

import picocli.CommandLine.Option;

/** Options of the commands that pair the documents of a folder. */
final class FolderOptions {
    @Option(names = "--glob", paramLabel = "GLOB", defaultValue = "*.txt",
            description = "Names of the text files in DIR (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(names = "--src-lang", paramLabel = "TAG",
            description = "Language of the pair sources (default: the language most documents are in).")
    String sourceLanguage;
}
