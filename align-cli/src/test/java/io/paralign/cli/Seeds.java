package io.paralign.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's seed articles ({@code ../seeds} from the module folder). */
final class Seeds {
    static final Path DIR = Path.of("..", "seeds");
    static final String ARABIC = "000_8309a08ed0edb24a.txt";
    static final String FRENCH = "001_d60f469c9e1ad6ee.txt";

    private Seeds() {
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    /** Copies every seed file (and the README) into {@code target}. */
    static Path copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
