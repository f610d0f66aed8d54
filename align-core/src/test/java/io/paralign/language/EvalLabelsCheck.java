package io.paralign.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures {@link LanguageCheck} on the evaluation sets (not a test: the sets are not shipped with a clone). Every
 * document is checked with its true label, which must pass, and with its counterpart's label, which should be caught.
 * Run after {@code ./mvnw -pl align-core test-compile}:
 * {@code java -cp align-core/target/classes:align-core/target/test-classes io.paralign.language.EvalLabelsCheck ../shared/eval}
 */
public final class EvalLabelsCheck {
    private EvalLabelsCheck() {
    }

    private record Labelled(String set, Path file, String language, String other) {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<Labelled> documents = new ArrayList<>();
        add(documents, eval, "articles-ar-fr-dev", "glob:**/*.ar.{txt,sent,psent}", "ar", "fr");
        add(documents, eval, "articles-ar-fr-dev", "glob:**/*.fr.{txt,sent,psent}", "fr", "ar");
        add(documents, eval, "speed-ar-fr", "glob:**/*.ar.{txt,sent}", "ar", "fr");
        add(documents, eval, "speed-ar-fr", "glob:**/*.fr.{txt,sent}", "fr", "ar");
        add(documents, eval, "ntrex-ar-fr", "glob:**/docs/*.ar", "ar", "fr");
        add(documents, eval, "ntrex-ar-fr", "glob:**/docs/*.fr", "fr", "ar");
        add(documents, eval, "un-ar-fr-dev", "glob:**/*.devset.ar", "ar", "fr");
        add(documents, eval, "un-ar-fr-dev", "glob:**/*.devset.fr", "fr", "ar");
        add(documents, eval, "textberg-de-fr", "glob:**/*.de", "de", "fr");
        add(documents, eval, "textberg-de-fr", "glob:**/*.fr", "fr", "de");
        add(documents, eval, "mac-zh-en-dev", "glob:**/zh/*", "zh", "en");
        add(documents, eval, "mac-zh-en-dev", "glob:**/en/*", "en", "zh");
        add(documents, eval, "parice-en-is", "glob:**/eng/*", "en", "is");
        add(documents, eval, "parice-en-is", "glob:**/isl/*", "is", "en");
        Map<String, int[]> counts = new TreeMap<>(); // documents, refused with the true label, swapped caught, auto right
        for (Labelled d : documents) {
            String text = Files.readString(d.file(), StandardCharsets.UTF_8);
            int[] c = counts.computeIfAbsent(d.set(), k -> new int[4]);
            try {
                c[3] += LanguageGuesser.guess(text).equals(d.language()) ? 1 : 0;
            } catch (UnknownLanguageException e) {
                System.out.println("auto cannot tell " + d.file() + ": " + e.getMessage());
            }
            c[0]++;
            try {
                LanguageCheck.check(null, d.language(), text);
            } catch (LanguageMismatchException e) {
                c[1]++;
                System.out.println("REFUSED " + d.file() + ": " + e.getMessage());
            }
            try {
                LanguageCheck.check(null, d.other(), text);
                System.out.println("swap not caught " + d.file() + " as " + d.other());
            } catch (LanguageMismatchException e) {
                c[2]++;
            }
        }
        System.out.println("set\tdocuments\trefused with true label\tswapped label caught\tauto right");
        int[] total = new int[4];
        counts.forEach((set, c) -> {
            System.out.println(set + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + c[3]);
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        System.out.println("all\t" + total[0] + "\t" + total[1] + "\t" + total[2] + "\t" + total[3]);
        lines(documents);
    }

    /** Every line of the one-sentence-a-line files, on its own: true labels refused, and what auto tells. */
    private static void lines(List<Labelled> documents) throws IOException {
        int lines = 0;
        int refused = 0;
        int right = 0;
        int unknown = 0;
        for (Labelled d : documents) {
            String name = d.file().getFileName().toString();
            if (!(d.set().equals("ntrex-ar-fr") || d.set().equals("un-ar-fr-dev") || name.endsWith(".sent"))) {
                continue;
            }
            for (String line : Files.readAllLines(d.file(), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    LanguageCheck.check(null, d.language(), line);
                } catch (LanguageMismatchException e) {
                    refused++;
                    System.out.println("REFUSED line of " + d.file() + ": " + e.getMessage() + ": " + line);
                }
                try {
                    right += LanguageGuesser.guess(line).equals(d.language()) ? 1 : 0;
                } catch (UnknownLanguageException e) {
                    unknown++;
                }
            }
        }
        System.out.println("single lines\t" + lines + "\trefused with true label " + refused + "\tauto right "
                + right + ", cannot tell " + unknown + ", wrong " + (lines - right - unknown));
    }

    private static void add(List<Labelled> into, Path eval, String set, String glob, String language, String other)
            throws IOException {
        var matcher = eval.getFileSystem().getPathMatcher(glob);
        try (Stream<Path> files = Files.walk(eval.resolve(set))) {
            files.filter(Files::isRegularFile).filter(matcher::matches).sorted()
                    .forEach(f -> into.add(new Labelled(set, f, language, other)));
        }
    }
}
