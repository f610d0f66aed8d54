package io.paralign.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AccentFolderTest {
    private final Normalizer folder = new AccentFolder();

    private void check(String input, String expected) {
        assertEquals(expected, folder.normalize(input), () -> "fold(" + input + ")");
    }

    @Test
    void empty() {
        check("", "");
    }

    @Test
    void latinAccents() {
        check("Élysée", "Elysee");
        check("Malaisie, Zürich, Ñandú", "Malaisie, Zurich, Nandu");
        check("Søren Łódź", "Soren Lodz");
        check("Þórður", "Þorður"); // ð is a letter, not an accented d
    }

    @Test
    void nonLatinMarksKept() {
        check("مُحَمَّد", "مُحَمَّد");
    }

    /** Precomposed Latin letters fold through a table, decomposed ones through NFD: both must agree. */
    @Property
    void precomposedAndDecomposedFoldAlike(@ForAll("latin") String text) {
        String decomposed = com.ibm.icu.text.Normalizer2.getNFDInstance().normalize(text);
        assertEquals(folder.normalize(decomposed), folder.normalize(text));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> latin() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('\u0000', '\u017F').ofMaxLength(20);
    }

    @Property
    void idempotent(@ForAll String text) {
        String once = folder.normalize(text);
        assertEquals(once, folder.normalize(once));
    }
}
