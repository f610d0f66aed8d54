package io.paralign.api.export;

/**
 * One pair a line: source text, target text, bead shape, confidence, flag types (comma-separated), with a header
 * line. Tabs and line breaks inside texts become spaces.
 */
final class TsvRenderer implements Renderer {
    @Override
    public String render(ExportView alignment) {
        StringBuilder out = new StringBuilder("source\ttarget\ttype\tconfidence\tflags\n");
        for (ExportView.Pair pair : alignment.pairs()) {
            out.append(clean(pair.sourceText())).append('\t').append(clean(pair.targetText())).append('\t')
                    .append(pair.type()).append('\t').append(pair.confidence()).append('\t')
                    .append(String.join(",", pair.flags().stream()
                            .map(i -> alignment.flags().get(i).type()).distinct().toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
