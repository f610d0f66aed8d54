package io.paralign.api.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Replaces Tomcat's HTML error report for requests the container rejects before any servlet runs (a malformed
 * request line, an encoded slash): a problem detail with the status only.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                ProblemType type = ProblemType.forStatus(status);
                writer.write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                        + "\",\"status\":" + status + ",\"detail\":\"the request was rejected by the server\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to tell
        }
    }
}
