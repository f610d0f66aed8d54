package io.paralign.report;

import io.paralign.model.Side;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two sides of a report called by their languages' names ({@link LanguageNames}), where the JSON says
 * {@code source} and {@code target}. Two sides whose languages have one name (two variants ICU names alike) keep
 * the words source and target after the name, so that they stay apart.
 *
 * @param source the source side's name, "Arabic"
 * @param target the target side's name, "French"
 */
record SideNames(String source, String target) {
    /** "source side", "target sentence 4", "aligned target text": the words a detector's evidence names a side by. */
    private static final Pattern SIDE_WORD =
            Pattern.compile("\\b(source|target) (side|text|sentences?|paragraphs?)\\b");

    static SideNames of(ReportView view) {
        return of(view.source().language(), view.target().language());
    }

    static SideNames of(String sourceLanguage, String targetLanguage) {
        String source = LanguageNames.english(sourceLanguage);
        String target = LanguageNames.english(targetLanguage);
        return source.equals(target) ? new SideNames(source + " (source)", target + " (target)")
                : new SideNames(source, target);
    }

    String of(Side side) {
        return side == Side.SOURCE ? source : target;
    }

    /**
     * A flag's evidence with the sides named by language: "French paragraph 10 has no counterpart on the Arabic
     * side".
     */
    String evidence(String evidence) {
        Matcher m = SIDE_WORD.matcher(evidence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).equals("source") ? source : target;
            m.appendReplacement(out, Matcher.quoteReplacement(name + " " + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
