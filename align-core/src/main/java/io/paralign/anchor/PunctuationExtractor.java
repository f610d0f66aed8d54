package io.paralign.anchor;

import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Punctuation that tends to survive translation, with a low weight (it is common and sometimes dropped).
 *
 * <ul>
 *   <li>Double quotes of any style ({@code " « » “ ” „ ‟}), paired in order: one anchor per pair, spanning the
 *       quotation from opening to closing mark, key {@code "}. Single quotes are ignored: they double as
 *       apostrophes. An unpaired quote (a quotation split across sentences) is an anchor on its own. Weight 0.3.</li>
 *   <li>Parentheses, paired by nesting: one anchor per pair, spanning the parenthesis, key {@code (}; an
 *       unmatched one stands alone. Weight 0.3.</li>
 *   <li>Question marks {@code ?} {@code ؟} ({@code ¿} too), key {@code ?}, weight 0.3; exclamation marks
 *       {@code !} {@code ¡}, key {@code !}, weight 0.2.</li>
 * </ul>
 */
final class PunctuationExtractor implements AnchorExtractor {
    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        int openQuote = -1;
        int[] openParens = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '«', '»', '“', '”', '„', '‟' -> {
                    if (openQuote < 0) {
                        openQuote = i;
                    } else {
                        anchors.add(anchor("\"", text, offset, openQuote, i + 1, 0.3));
                        openQuote = -1;
                    }
                }
                case '(' -> openParens[depth++] = i;
                case ')' -> {
                    int start = depth > 0 ? openParens[--depth] : i;
                    anchors.add(anchor("(", text, offset, start, i + 1, 0.3));
                }
                case '?', '؟', '¿' -> anchors.add(anchor("?", text, offset, i, i + 1, 0.3));
                case '!', '¡' -> anchors.add(anchor("!", text, offset, i, i + 1, 0.2));
                default -> {
                    // not an anchor
                }
            }
        }
        if (openQuote >= 0) {
            anchors.add(anchor("\"", text, offset, openQuote, openQuote + 1, 0.3));
        }
        for (int d = 0; d < depth; d++) {
            anchors.add(anchor("(", text, offset, openParens[d], openParens[d] + 1, 0.3));
        }
        anchors.sort(Comparator.comparingInt(a -> a.span().start()));
        return anchors;
    }

    private static Anchor anchor(String key, String text, int offset, int start, int end, double weight) {
        return new Anchor(AnchorKind.PUNCT, key, text.substring(start, end), new Span(offset + start, offset + end), weight);
    }
}
