package io.paralign.cli;

import java.util.Locale;

import io.paralign.eval.AlignmentEvaluation;
import io.paralign.eval.PrfScore;
import tools.jackson.databind.json.JsonMapper;

/** Renders an {@link AlignmentEvaluation} as a text table or as JSON. */
final class EvalReport {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalReport() {
    }

    static String table(AlignmentEvaluation e) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s%n", "", "precision", "recall", "F1"));
        row(out, "strict", e.strict());
        row(out, "lax", e.lax());
        row(out, "unmatched", e.unmatched());
        out.append(String.format(Locale.ROOT,
                "documents %d, beads: gold %d, test %d; unmatched sentences: gold %d, test %d%n",
                e.documents(), e.goldBeads(), e.testBeads(), e.goldUnmatched(), e.testUnmatched()));
        return out.toString();
    }

    /** Pretty-printed JSON with the record's component names, ending with a newline. */
    static String json(AlignmentEvaluation e) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e) + System.lineSeparator();
    }

    private static void row(StringBuilder out, String name, PrfScore s) {
        out.append(String.format(Locale.ROOT, "%-10s %9.4f %9.4f %9.4f%n", name, s.precision(), s.recall(), s.f1()));
    }
}
