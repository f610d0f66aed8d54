package io.paralign.report;

import java.nio.charset.StandardCharsets;

/** A format whose output is text; its bytes are that text in UTF-8. */
public interface TextRenderer extends Renderer {
    /** The whole output; every format but the bead format of an empty alignment ends with a line break. */
    String render(ReportView view);

    @Override
    default byte[] bytes(ReportView view) {
        return render(view).getBytes(StandardCharsets.UTF_8);
    }
}
