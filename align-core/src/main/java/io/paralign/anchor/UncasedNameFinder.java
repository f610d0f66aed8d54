package io.paralign.anchor;

import io.paralign.cache.BoundedCache;
import io.paralign.cache.SpanCache;
import io.paralign.model.Span;
import io.paralign.normalize.Normalizer;
import io.paralign.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Name candidates in a script without letter case (Arabic, Hebrew): every word could be a name, so every word of
 * three letters or more that is not a {@linkplain StopWords word too common} is a candidate, with weight 0.5;
 * the {@link NameMatcher} threshold, not the extractor, keeps common words from matching.
 *
 * <p>Arabic clitics: a conjunction ({@code و ف}) and a preposition ({@code ب ك ل}) glued before the article are
 * dropped, the article kept ({@code والصين → الصين}, {@code للصين → الصين}): Latin spellings often keep it too
 * ({@code Almehairi}) and the matcher may ignore it. Clitics before a word without article are left alone, since
 * names start with those letters too (بايدن, فرنسا, واشنطن); a stray {@code و} costs little because {@code w} is
 * a weak class. The key is the {@linkplain Skeleton skeleton} of the normalized word romanized as ICU's
 * {@code Any-Latin; Latin-ASCII} would ({@link Romanizer}), with {@code ة} read as a final {@code a}. A word of more
 * than {@value #MAX_LENGTH} characters is not a candidate: no name is that long (the longest words in the evaluation
 * data, up to 199 characters, are sentences written without spaces), and ICU's transliteration time grows with the
 * square of a word's length.
 */
final class UncasedNameFinder implements AnchorExtractor {
    private static final char TATWEEL = '\u0640';
    private static final int MAX_LENGTH = 256;
    private static final Pattern ARTICLE_CLITICS = Pattern.compile("^[وف]?[بكل]?(?=ال.)");
    private static final Pattern LI_ARTICLE = Pattern.compile("^[وف]?لل(?=.)");

    private final Normalizer normalizer = TextNormalizer.standard();
    /**
     * Word → candidate (null: not one); words repeat a lot in a document and a batch, and transliteration costs ~10
     * µs a word. Looked up without copying the word out of its sentence.
     */
    private final SpanCache<Candidate> candidates = new SpanCache<>(BoundedCache.WORDS, this::candidate);

    /** A word and its key. */
    private record Candidate(String word, String key) {
    }

    @Override
    public List<Anchor> extract(String text, int offset, String language) {
        List<Anchor> anchors = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Scripts.isArabicOrHebrewLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < text.length() && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start > MAX_LENGTH) {
                continue;
            }
            Candidate candidate = candidates.get(text, start, i);
            if (candidate != null) {
                anchors.add(new Anchor(AnchorKind.NAME, candidate.key(), candidate.word(),
                        new Span(offset + start, offset + i), 0.5));
            }
        }
        return anchors;
    }

    /** Letters of the script, combining marks and tatweel continue a word. */
    private static boolean isWordPart(int cp) {
        return Scripts.isArabicOrHebrewLetter(cp) || cp == TATWEEL
                || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private Candidate candidate(String word) {
        String key = computeKey(word);
        return key.isEmpty() ? null : new Candidate(word, key);
    }

    /** The skeleton of a word, or "" if it is not a name candidate. */
    private String computeKey(String word) {
        String normalized = normalizer.normalize(word.replace('ة', 'ا'));
        if (StopWords.ALL.contains(normalized)) {
            return "";
        }
        String stem = LI_ARTICLE.matcher(normalized).lookingAt()
                ? "ال" + LI_ARTICLE.matcher(normalized).replaceFirst("")
                : ARTICLE_CLITICS.matcher(normalized).replaceFirst("");
        String withoutArticle = stem.startsWith("ال") ? stem.substring(2) : stem;
        if (withoutArticle.codePointCount(0, withoutArticle.length()) < 3 || StopWords.ALL.contains(stem)) {
            return "";
        }
        String key = Skeleton.of(Romanizer.romanize(stem));
        return Skeleton.consonants(key) == 0 ? "" : key;
    }
}
