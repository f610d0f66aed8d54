package io.paralign.cli;

import io.paralign.report.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version ({@link ToolVersion}). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"align-cli " + version()};
    }

    /** The project version, or {@code unknown} outside a Maven build. */
    static String version() {
        return ToolVersion.of();
    }
}
