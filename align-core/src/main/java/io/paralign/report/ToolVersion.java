package io.paralign.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version Maven writes into align-core's {@code paralign-version.properties}: the one version of every
 * module, for TMX's {@code creationtoolversion}, the CLI's {@code --version} and the service's OpenAPI description.
 */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** The version, or {@code unknown} outside a Maven build. */
    public static String of() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/paralign-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
