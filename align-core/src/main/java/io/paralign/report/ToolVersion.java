package io.paralign.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version Maven wrote into {@code align-api-version.properties}, for TMX's {@code creationtoolversion}
 * and the OpenAPI description's version.
 */
public final class ToolVersion {
    private ToolVersion() {
    }

    /** The version, or {@code unknown} outside a Maven build. */
    public static String of() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/align-api-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
