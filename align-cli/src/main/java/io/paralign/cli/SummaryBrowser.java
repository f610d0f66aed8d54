package io.paralign.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code batch --open}: the summary page shown in the desktop's browser, or a warning saying why it cannot be. */
final class SummaryBrowser {
    private SummaryBrowser() {
    }

    static void open(Path page, PrintWriter err) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            err.println("align-cli: warning: --open: no desktop browser here; open " + page.toAbsolutePath());
            return;
        }
        try {
            Desktop.getDesktop().browse(page.toAbsolutePath().toUri());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            err.println("align-cli: warning: --open: the browser could not be started (" + e.getMessage() + "); open "
                    + page.toAbsolutePath());
        }
    }
}
