package io.paralign.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a file name says about pairing: the name with one word naming the document's language taken out. Two
 * documents in different languages that leave the same stem are name-mates: {@code 001.ar.txt} and
 * {@code 001.fr.txt}, {@code name_ar.txt} and {@code name-fr.txt}, {@code ar/001.txt} and {@code fr/001.txt},
 * {@code 001-arabic.txt} and {@code 001-french.txt}, {@code 001_AR.txt} and {@code 001.français.txt} all leave
 * {@code 001} (or {@code name}).
 *
 * <p>The name (a path relative to the folder) is cut into words at {@code / \ . _ -} and spaces, lower-cased; the
 * extension is dropped unless it names a language. Only a word naming the document's own (guessed) language is
 * taken out, so that {@code is} in an English title does not make an Icelandic hint. A name may name the language
 * more than once ({@code french/french-news.txt}): each removal gives a stem, and any shared stem makes a mate.
 */
final class NameStems {
    private NameStems() {
    }

    /**
     * @param name     the file name as given, relative to the folder
     * @param language the document's primary language subtag
     * @return its stems, empty when the name does not name the language
     */
    static Set<String> of(String name, String language) {
        List<String> words = words(name);
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (LanguageWords.language(words.get(i)).filter(language::equals).isPresent() && words.size() > 1) {
                List<String> rest = new ArrayList<>(words);
                rest.remove(i);
                stems.add(String.join("-", rest));
            }
        }
        return stems;
    }

    static List<String> words(String name) {
        String path = name.replace('\\', '/');
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/') + 1 && LanguageWords.language(path.substring(dot + 1)).isEmpty()) {
            path = path.substring(0, dot);
        }
        return Arrays.stream(path.split("[/._\\s-]+")).filter(w -> !w.isEmpty()).map(LanguageWords::fold).toList();
    }
}
