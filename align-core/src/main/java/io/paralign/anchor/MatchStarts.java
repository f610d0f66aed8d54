package io.paralign.anchor;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for patterns whose matches can only start at a few recognisable characters: the pattern
 * is tried only there ({@code lookingAt} on a region with transparent bounds, so look-behinds and {@code \b} still
 * see the text before). Same matches as {@code find}, without running the pattern's first steps at every position.
 */
final class MatchStarts {
    private final Matcher matcher;
    private final IntPredicate canStart;
    private final int length;
    private int from;

    /** @param canStart true at every index where a match may start (a necessary condition) */
    MatchStarts(Matcher matcher, int length, IntPredicate canStart) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.length = length;
        this.canStart = canStart;
    }

    /**
     * False when a letter, digit or {@code _} comes just before {@code i}: then no {@code \b} can come before a
     * word character at {@code i} (what {@code java.util.regex} takes as a word character). A necessary condition
     * only: a combining mark or a surrogate before {@code i} is left for the pattern to judge.
     */
    static boolean mayStartWord(CharSequence text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before != '_' && !Character.isLetterOrDigit(before);
    }

    /** Finds the next match, like {@code find}; the matcher then holds it. */
    boolean find() {
        for (int i = from; i < length; i++) {
            if (canStart.test(i) && matcher.region(i, length).lookingAt()) {
                from = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        from = length;
        return false;
    }
}
