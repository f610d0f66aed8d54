package io.paralign.anchor;

import io.paralign.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script tokens inside a text whose language is written in another script: acronyms, brands and names left
 * untransliterated ({@code OIC-CERT}, {@code MEE}, {@code CNN}, {@code COVID-19}) survive translation unchanged.
 *
 * <p>A token is a maximal run of Latin letters and digits, joined by inner hyphens, with at least one Latin letter.
 * Multi-word names ({@code Middle East Eye}) give one anchor per word. Key: the token in lower case. Weight 1.0 from
 * three characters on, 0.5 below. Nothing is extracted from text in a Latin-script language, where every word
 * would qualify: see {@link Scripts#mainScript}.
 */
final class LatinTokenExtractor implements AnchorExtractor {
    private static final String PART = "[\\p{IsLatin}\\p{Nd}][\\p{IsLatin}\\p{M}\\p{Nd}]*";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{M}\\p{Nd}-])" + PART + "(?:-" + PART + ")*");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{IsLatin}");

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        if (Scripts.isLatin(language, text) || !Scripts.hasLatinLetter(text)) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!HAS_LETTER.matcher(token).find()) {
                continue;
            }
            anchors.add(new Anchor(AnchorKind.LATIN, token.toLowerCase(Locale.ROOT), token,
                    new Span(offset + m.start(), offset + m.end()), token.length() >= 3 ? 1.0 : 0.5));
        }
        return anchors;
    }
}
