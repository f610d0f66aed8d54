package io.paralign.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.paralign.language.SupportedLanguages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The review page's lists of languages and export formats are the service's own. */
class ReviewPageListsTest {

    @Test
    void exportButtonsAreTheExportFormats() throws IOException {
        List<String> formats = Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList();
        assertEquals(formats, list("FORMATS"));
    }

    @Test
    void languageChoicesAreTheSupportedLanguages() throws IOException {
        assertEquals(List.copyOf(SupportedLanguages.primaries()), list("LANGUAGES"));
    }

    @Test
    void downloadedFilesGetTheExportsExtensions() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            String name = format.name().toLowerCase(Locale.ROOT);
            String expected = name.equals(format.extension) ? "" : name + ": \"" + format.extension + "\"";
            String extensions = script().replaceAll("(?s).*const EXTENSIONS = \\{([^}]*)}.*", "$1");
            assertEquals(!expected.isEmpty(), extensions.contains(expected.isEmpty() ? name + ":" : expected),
                    name + " in " + extensions);
        }
    }

    /** The strings of {@code const NAME = [...]} in review.js. */
    private static List<String> list(String name) throws IOException {
        Matcher array = Pattern.compile("const " + name + " = \\[([^]]*)]").matcher(script());
        if (!array.find()) {
            throw new AssertionError("review.js has no const " + name);
        }
        return Pattern.compile("\"([^\"]*)\"").matcher(array.group(1)).results().map(m -> m.group(1)).toList();
    }

    private static String script() throws IOException {
        try (InputStream in = ReviewPageListsTest.class.getResourceAsStream("/static/review.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
