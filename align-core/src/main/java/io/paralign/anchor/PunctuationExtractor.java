package io.paralign.anchor;

import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Punctuation that tends to survive translation, with a low weight (it is common and sometimes dropped).
 *
 * <ul>
 *   <li>Quotations, key {@code "}, weight 0.3: one anchor per pair of marks, spanning the quotation from opening to
 *       closing mark; an unpaired mark (a quotation split across sentences) is an anchor on its own. A quotation is
 *       the same anchor whichever marks a language or a translator writes it with:
 *       <ul>
 *         <li>double quotes of any style ({@code " « » “ ” „ ‟ ＂}, and the corner brackets {@code 「 」 『 』} of
 *             Chinese and Japanese), paired in order;</li>
 *         <li>single quotes ({@code ' ‘ ’ ‚}), which British English and many literary translations use for
 *             dialogue, but which double as apostrophes: a single quote opens a quotation only at the start of a
 *             word (after a space, an opening bracket or the start of the sentence, before a letter or digit) and
 *             closes one only at the end of a word (after anything but a space, before anything but a letter or
 *             digit). A closing mark with no opening one counts only after punctuation ({@code ,'} {@code !'}),
 *             where no apostrophe stands ({@code the boys' books} stays a word).</li>
 *       </ul></li>
 *   <li>Parentheses, half or full width ({@code ( ) （ ）}), paired by nesting: one anchor per pair, spanning the
 *       parenthesis, key {@code (}; an unmatched one stands alone. Weight 0.3.</li>
 *   <li>Question marks {@code ?} {@code ؟} {@code ？} ({@code ¿} too), key {@code ?}, weight 0.3; exclamation
 *       marks {@code !} {@code ！} {@code ¡}, key {@code !}, weight 0.2.</li>
 * </ul>
 */
final class PunctuationExtractor implements AnchorExtractor {
    private static final String QUOTE = "\"";
    private static final double QUOTE_WEIGHT = 0.3;

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        int openQuote = -1;
        int openSingle = -1;
        int[] openParens = new int[4];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '«', '»', '“', '”', '„', '‟', '「', '」', '『', '』', '＂' -> {
                    if (openQuote < 0) {
                        openQuote = i;
                    } else {
                        anchors.add(anchor(QUOTE, text, offset, openQuote, i + 1, QUOTE_WEIGHT));
                        openQuote = -1;
                    }
                }
                case '\'', '‘', '’', '‚' -> {
                    if (c != '’' && opensWord(text, i)) {
                        if (openSingle >= 0) {
                            anchors.add(anchor(QUOTE, text, offset, openSingle, openSingle + 1, QUOTE_WEIGHT));
                        }
                        openSingle = i;
                    } else if (c != '‘' && c != '‚' && closesWord(text, i)) {
                        if (openSingle >= 0) {
                            anchors.add(anchor(QUOTE, text, offset, openSingle, i + 1, QUOTE_WEIGHT));
                            openSingle = -1;
                        } else if (isPunctuation(text.charAt(i - 1))) {
                            anchors.add(anchor(QUOTE, text, offset, i, i + 1, QUOTE_WEIGHT));
                        }
                    }
                }
                case '(', '（' -> {
                    if (depth == openParens.length) {
                        openParens = Arrays.copyOf(openParens, 2 * depth);
                    }
                    openParens[depth++] = i;
                }
                case ')', '）' -> {
                    int start = depth > 0 ? openParens[--depth] : i;
                    anchors.add(anchor("(", text, offset, start, i + 1, 0.3));
                }
                case '?', '؟', '¿', '？' -> anchors.add(anchor("?", text, offset, i, i + 1, 0.3));
                case '!', '¡', '！' -> anchors.add(anchor("!", text, offset, i, i + 1, 0.2));
                default -> {
                    // not an anchor
                }
            }
        }
        if (openQuote >= 0) {
            anchors.add(anchor(QUOTE, text, offset, openQuote, openQuote + 1, QUOTE_WEIGHT));
        }
        if (openSingle >= 0) {
            anchors.add(anchor(QUOTE, text, offset, openSingle, openSingle + 1, QUOTE_WEIGHT));
        }
        for (int d = 0; d < depth; d++) {
            anchors.add(anchor("(", text, offset, openParens[d], openParens[d] + 1, 0.3));
        }
        anchors.sort(Comparator.comparingInt(a -> a.span().start()));
        return anchors;
    }

    /** A mark at the start of a word: after a space, an opening bracket or dash, or nothing; before a letter or digit. */
    private static boolean opensWord(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-\"“«".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A mark at the end of a word: after anything but a space, before a space, punctuation or nothing. */
    private static boolean closesWord(String text, int i) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean isPunctuation(char c) {
        return ".,;:!?…—–-".indexOf(c) >= 0;
    }

    private static Anchor anchor(String key, String text, int offset, int start, int end, double weight) {
        return new Anchor(AnchorKind.PUNCT, key, text.substring(start, end), new Span(offset + start, offset + end), weight);
    }
}
