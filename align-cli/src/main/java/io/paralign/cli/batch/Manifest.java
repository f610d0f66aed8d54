package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.paralign.language.LanguageCheck;
import io.paralign.language.SupportedLanguages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A batch manifest: CSV (RFC 4180, read with Jackson's CSV module) with a header naming the columns {@code source}
 * and {@code target}, and optionally {@code source_lang} and {@code target_lang}; one pair a row, paths relative to
 * the manifest. Unknown columns are refused. A malformed file (no header, unknown column, unclosed quote) is refused
 * at once; a bad row (wrong number of fields, empty path, unsupported language tag) is listed in {@link #problems()}
 * with its line number, so that every bad row can be named in one message before any work.
 *
 * @param entries  the well-formed rows, in file order
 * @param problems one line per bad row, {@code line N: ...}
 */
public record Manifest(List<Entry> entries, List<String> problems) {
    private static final List<String> COLUMNS = List.of("source", "target", "source_lang", "target_lang");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    public Manifest {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * One row.
     *
     * @param line           line number in the manifest (1 is the header)
     * @param source         source path as written
     * @param target         target path as written
     * @param sourceLanguage source language, or null to guess
     * @param targetLanguage target language, or null to guess
     */
    public record Entry(int line, String source, String target, String sourceLanguage, String targetLanguage) {
    }

    /** @throws IllegalArgumentException naming the manifest (and the line) when it is malformed as a whole */
    public static Manifest parse(String csv, String name) {
        List<Row> rows = rows(csv, name);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty manifest, expected a header 'source,target'");
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException(name + ": unknown column '" + column + "', expected " + COLUMNS);
            }
        }
        if (!header.contains("source") || !header.contains("target")) {
            throw new IllegalArgumentException(name + ": header " + header + " lacks 'source' or 'target'");
        }
        if (rows.size() == 1) {
            throw new IllegalArgumentException(name + ": no pair listed under the header");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            List<String> rowProblems = new ArrayList<>();
            Entry entry = entry(header, row, rowProblems);
            if (rowProblems.isEmpty()) {
                entries.add(entry);
            } else {
                problems.add("line " + row.line() + ": " + String.join("; ", rowProblems));
            }
        }
        return new Manifest(entries, problems);
    }

    private static Entry entry(List<String> header, Row row, List<String> problems) {
        if (row.fields().size() != header.size()) {
            problems.add(row.fields().size() + " fields, the header has " + header.size());
            return null;
        }
        String source = get(header, row, "source");
        String target = get(header, row, "target");
        String sourceLanguage = get(header, row, "source_lang");
        String targetLanguage = get(header, row, "target_lang");
        for (String column : List.of("source", "target")) {
            if (get(header, row, column) == null) {
                problems.add("empty " + column + " field");
            }
        }
        for (String column : List.of("source_lang", "target_lang")) {
            String tag = get(header, row, column);
            if (tag != null && !LanguageCheck.isAuto(tag) && !SupportedLanguages.isSupported(tag)) {
                problems.add(column + " '" + tag + "' is not a supported language tag (supported: "
                        + String.join(", ", SupportedLanguages.primaries()) + ", and their regional variants)");
            }
        }
        // one copy of each tag however many rows name it
        return new Entry(row.line(), source, target, sourceLanguage == null ? null : sourceLanguage.intern(),
                targetLanguage == null ? null : targetLanguage.intern());
    }

    private static String get(List<String> header, Row row, String column) {
        int i = header.indexOf(column);
        String value = i < 0 ? "" : row.fields().get(i).strip();
        return value.isEmpty() ? null : value;
    }

    private record Row(int line, List<String> fields) {
    }

    /** The non-blank rows, each with the line it starts on (a quoted field may span lines). */
    private static List<Row> rows(String csv, String name) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> values = CSV.readerFor(String[].class).readValues(csv)) {
            while (values.hasNextValue()) {
                line = values.parser().currentLocation().getLineNr();
                String[] fields = values.nextValue();
                if (Arrays.stream(fields).anyMatch(f -> !f.isBlank())) {
                    rows.add(new Row(line, List.of(fields)));
                }
            }
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            throw new IllegalArgumentException(name + ": line " + line + ": " + reason.lines().findFirst().orElse(""));
        }
        return rows;
    }
}
