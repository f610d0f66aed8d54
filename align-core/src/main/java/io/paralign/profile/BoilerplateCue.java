package io.paralign.profile;

import java.util.List;
import java.util.Objects;

/**
 * One pattern of publisher boilerplate (site chrome, cross-links, subscription calls, copyright lines, translation
 * credits), matched against a lower-cased line, with literals one of which every match contains: a line holding none
 * of the cues is not searched for the pattern.
 *
 * @param regex a {@link java.util.regex.Pattern} over lower-cased text
 * @param cues  lower-case literals, at least one, each found in every match
 */
public record BoilerplateCue(String regex, List<String> cues) {
    public BoilerplateCue {
        Objects.requireNonNull(regex, "regex");
        cues = List.copyOf(cues);
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("boilerplate pattern " + regex + " has no cue");
        }
    }

    public BoilerplateCue(String regex, String... cues) {
        this(regex, List.of(cues));
    }
}
