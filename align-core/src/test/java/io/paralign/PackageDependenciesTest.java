package io.paralign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * align-core's README: dependencies run one way down its table of packages. A package imports only packages above
 * it in the table, and the two utilities with no dependencies of their own, {@code cancel} (in the table, aside) and
 * {@code cache}; nothing imports {@code report}, the last.
 */
class PackageDependenciesTest {
    private static final List<String> TABLE = List.of("model", "profile", "segment", "expendable", "normalize", "anchor",
            "language", "score", "align", "diverge", "eval", "pipeline", "batch", "cancel", "report");
    private static final Set<String> UTILITIES = Set.of("cancel", "cache");
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "paralign");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.paralign\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void everyImportPointsUpTheTable() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String to = imports.group(1);
                    boolean up = TABLE.contains(from) && TABLE.contains(to) && TABLE.indexOf(to) < TABLE.indexOf(from);
                    if (!to.equals(from) && !up && !UTILITIES.contains(to)) {
                        wrong.add(SOURCES.relativize(file) + " imports " + to);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theUtilitiesDependOnNothing() throws IOException {
        for (String utility : UTILITIES) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(utility))) {
                for (Path file : files.toList()) {
                    Matcher imports = IMPORT.matcher(Files.readString(file));
                    while (imports.find()) {
                        assertEquals(utility, imports.group(1), file.toString());
                    }
                }
            }
        }
    }
}
