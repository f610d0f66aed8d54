package io.paralign.cli.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A batch manifest: CSV with a header naming the columns {@code source} and {@code target}, and optionally
 * {@code source_lang} and {@code target_lang}; one pair a row, paths relative to the manifest. Fields may be quoted
 * ({@code "a, b.txt"}, {@code ""} for a quote). Unknown columns are refused.
 */
public final class Manifest {
    private static final List<String> COLUMNS = List.of("source", "target", "source_lang", "target_lang");

    /**
     * One row.
     *
     * @param source         source path as written
     * @param target         target path as written
     * @param sourceLanguage source language, or null to guess
     * @param targetLanguage target language, or null to guess
     */
    public record Entry(String source, String target, String sourceLanguage, String targetLanguage) {
    }

    private Manifest() {
    }

    /** @throws IllegalArgumentException naming the line when the manifest is malformed */
    public static List<Entry> parse(String csv, String name) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty manifest, expected a header 'source,target'");
        }
        List<String> header = fields(lines.get(0), name, 1).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException(name + ": unknown column '" + column + "', expected " + COLUMNS);
            }
        }
        if (!header.contains("source") || !header.contains("target")) {
            throw new IllegalArgumentException(name + ": header " + header + " lacks 'source' or 'target'");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = fields(lines.get(i), name, i + 1);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": line " + (i + 1) + ": " + row.size()
                        + " fields, the header has " + header.size());
            }
            entries.add(new Entry(get(header, row, "source"), get(header, row, "target"),
                    get(header, row, "source_lang"), get(header, row, "target_lang")));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(name + ": no pair listed under the header");
        }
        return entries;
    }

    private static String get(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        String value = i < 0 ? "" : row.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> fields(String line, String name, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + ": line " + number + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
