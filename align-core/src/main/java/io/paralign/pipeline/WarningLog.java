package io.paralign.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The warnings of one alignment as its stages report them; one per code, in the order first reported. */
final class WarningLog {
    private final List<Warning> warnings;

    WarningLog() {
        this(List.of());
    }

    /** A log that goes on from warnings reported before (by {@link AlignmentPipeline#prepare}). */
    WarningLog(List<Warning> first) {
        warnings = new ArrayList<>(first);
    }

    /** Adds a warning whose message is {@code String.format(Locale.ROOT, format, values)}. */
    void add(String code, String format, Object... values) {
        warnings.add(new Warning(code, String.format(Locale.ROOT, format, values)));
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }
}
