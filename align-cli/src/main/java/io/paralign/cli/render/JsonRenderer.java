package io.paralign.cli.render;

import io.paralign.pipeline.AlignmentResult;
import io.paralign.report.JsonReport;

/** The core's JSON report, whose fields the project README documents. */
final class JsonRenderer implements Renderer {
    @Override
    public String render(AlignmentResult result) {
        return JsonReport.write(result) + "\n";
    }
}
